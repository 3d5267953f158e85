"""Cue words for event modes and argument structure (khabar/data/events/cues.yaml)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

import yaml

from khabar.data import data_path
from khabar.errors import DataError
from khabar.kb.keys import lemma_key
from khabar.lang.ar import normalize


@dataclass(frozen=True)
class Cues:
    modes: dict[str, frozenset[str]]
    windows: dict[str, int]
    target_preps: frozenset[str]
    place_preps: frozenset[str]
    state_preps: frozenset[str]
    attribution_preps: frozenset[str]
    alongside: tuple[tuple[str, ...], ...]
    media_heads: frozenset[str]
    unnamed_media: frozenset[str]
    org_heads: frozenset[str]
    media_verbs: frozenset[str]
    elaboration: frozenset[str]
    participants: frozenset[str]
    clause_breaks: frozenset[str]
    agent_preps: frozenset[str]
    agent_prep_openers: frozenset[str]
    agent_participles: frozenset[str]
    fire_words: frozenset[str]
    behalf_words: frozenset[str]
    construct_preps: frozenset[str]
    object_heads: frozenset[str]
    result_verbs: frozenset[str]
    background_words: frozenset[str]
    relatives: frozenset[str]
    resumed_by: dict[str, str]
    demonstratives: frozenset[str]
    quantifiers: frozenset[str]
    agent_verbs: frozenset[str]
    signing_verbs: frozenset[str]
    prep_agent_verbs: frozenset[str]
    prep_pronouns: frozenset[str]
    performing: frozenset[str]
    performing_objects: frozenset[str]
    attribution_verbs: frozenset[str]
    light_verbs: frozenset[str]
    undergo: frozenset[str]
    obtain_verbs: frozenset[str]
    undergo_types: dict[str, frozenset[str]]
    reflexive: frozenset[str]
    preverbal: frozenset[str]
    saying_participles: frozenset[str]
    adversatives: frozenset[str]
    possessor_objects: frozenset[str]
    possessor_types: frozenset[str]
    victim_verbs: frozenset[str]
    counted_victim_verbs: frozenset[str]
    passive_in: frozenset[str]
    passive_forms: frozenset[str]
    casualty_nouns: frozenset[str]
    died_verbs: frozenset[str]
    death_nouns: tuple[str, ...]
    victim_actors: frozenset[str]
    casualty_types: frozenset[str]
    patient_types: frozenset[str]
    reporter_types: frozenset[str]
    answered: dict[str, frozenset[str]]
    charging_types: frozenset[str]
    link_between: frozenset[str]
    complementizers: frozenset[str]
    pronoun_complementizers: frozenset[str]
    verb_particles: frozenset[str]
    intransitive: frozenset[str]
    device_verbs: frozenset[str]
    device_words: frozenset[str]
    device_types: frozenset[str]
    place_heads: frozenset[str]
    travel_nouns: frozenset[str]
    purpose: frozenset[str]
    purpose_types: frozenset[str]
    protest_sites: frozenset[str]
    place_target_types: frozenset[str]
    partitive: frozenset[str]
    members: frozenset[str]
    part_of: frozenset[str]
    masculine_states: frozenset[str]
    copulas: frozenset[str]
    resumptive_preps: frozenset[str]
    statement_nouns: frozenset[str]
    addressed_types: frozenset[str]
    in_it: frozenset[str]
    time_words: frozenset[str]
    genitive_object_preps: frozenset[str]
    meeting_object_preps: frozenset[str]
    construct_agent_types: frozenset[str]
    doer_nouns: frozenset[str]
    caller_nouns: frozenset[str]
    construct_state_nouns: frozenset[str]
    venue_types: frozenset[str]
    agentive_nouns: frozenset[str]
    object_nouns: frozenset[str]
    means_adjectives: frozenset[str]
    blow_nouns: frozenset[str]
    interviews: frozenset[str]
    press_types: frozenset[str]
    responsibility: frozenset[str]
    claim_verbs: frozenset[str]
    speech_types: frozenset[str]
    combat_words: frozenset[str]
    unit_nouns: frozenset[str]
    decision_nouns: frozenset[str]
    decision_links: frozenset[str]
    involvement: frozenset[str]
    involvement_adverbs: frozenset[str]
    judging: frozenset[str]
    armed_sectors: frozenset[str]
    dyad_types: frozenset[str]
    struck_preps: frozenset[str]
    reciprocal: frozenset[str]
    amid: frozenset[str]
    occurring: frozenset[str]
    gathering: frozenset[str]
    meeting_verbs: frozenset[str]
    dyad_modes: frozenset[str]
    happening_types: frozenset[str]
    demonstrating: frozenset[str]  # verb lemmas, as TriggerMatch.lemma
    staging_verbs: frozenset[str]
    crowd_counts: frozenset[str]
    demonstrator_sectors: frozenset[str]
    from_not_agent_types: frozenset[str]
    giver_heads: frozenset[str]
    dead_nouns: frozenset[str]
    invitations: frozenset[str]
    chairing: frozenset[str]
    partitive_heads: frozenset[str]
    quantity_heads: frozenset[str]
    witnessing: frozenset[str]
    force_nouns: frozenset[str]  # lemma keys, as the two below
    loyal_words: frozenset[str]
    from_addressee_types: frozenset[str]
    detector_groups: dict[str, frozenset[str]]
    # words, least words, least share of the Arabic words, words that keep a page political
    topics: dict[str, tuple[frozenset[str], int, float, frozenset[str]]]
    accident_types: frozenset[str]
    accident_casualties: frozenset[str]
    accident_causes: tuple[tuple[str, ...], ...]  # lemma keys (khabar.kb.keys.lemma_key)

    @cached_property
    def announcing(self) -> frozenset[str]:
        """Words of saying, intention or request (أعلنت، قررت، دعت): their subject announces the
        event that follows them."""
        return self.modes["reported"] | self.modes["intended"] | self.modes["called_for"]

    @cached_property
    def function_words(self) -> frozenset[str]:
        """Prepositions, relatives, demonstratives and clause breaks: words that qualify nothing."""
        return self.target_preps | self.place_preps | self.agent_preps | self.relatives | self.demonstratives \
            | self.clause_breaks


def _words(values: list) -> frozenset[str]:
    return frozenset(normalize(str(v)) for v in values)


def _lemmas(values: list) -> frozenset[str]:
    return frozenset(k for v in values for k in lemma_key(str(v)))


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The shipped cue lists, normalised (loaded once per process)."""
    path = data_path("events", "cues.yaml")
    try:
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        modes = spec["modes"]
        args = spec["arguments"]
        return Cues(
            modes={k: _words(v) for k, v in modes.items() if k != "window"},
            windows=dict(modes["window"]),
            target_preps=_words(args["target_preps"]),
            place_preps=_words(args["place_preps"]),
            state_preps=_words(args["state_preps"]),
            attribution_preps=_words(args["attribution_preps"]),
            alongside=tuple(tuple(normalize(w) for w in str(p).split()) for p in args["alongside"]),
            media_heads=_words(args["media_heads"]),
            unnamed_media=_words(args["unnamed_media"]),
            org_heads=_words(args["org_heads"]),
            media_verbs=_words(args["media_verbs"]),
            elaboration=_words(args["elaboration"]),
            participants=_words(args["participants"]),
            clause_breaks=_words(args["clause_breaks"]),
            agent_preps=_words(args["agent_preps"]),
            agent_prep_openers=_words(args["agent_prep_openers"]),
            agent_participles=_words(args["agent_participles"]),
            fire_words=_words(args["fire_words"]),
            behalf_words=_words(args["behalf_words"]),
            construct_preps=_words(args["construct_preps"]),
            object_heads=_words(args["object_heads"]),
            result_verbs=_words(args["result_verbs"]),
            background_words=_words(args["background_words"]),
            relatives=_words(args["relatives"]),
            resumed_by={normalize(k): normalize(v) for k, v in args["resumed_by"].items()},
            demonstratives=_words(args["demonstratives"]),
            quantifiers=_words(args["quantifiers"]),
            agent_verbs=_words(args["agent_verbs"]),
            signing_verbs=_words(args["signing_verbs"]),
            prep_agent_verbs=_words(args["prep_agent_verbs"]),
            prep_pronouns=_words(args["prep_pronouns"]),
            performing=_words(args["performing"]),
            performing_objects=_words(args["performing_objects"]),
            attribution_verbs=_words(args["attribution_verbs"]),
            light_verbs=_words(args["light_verbs"]),
            undergo=_words(args["undergo"]),
            obtain_verbs=_words(args["obtain_verbs"]),
            undergo_types={k: _words(v) for k, v in args["undergo_types"].items()},
            reflexive=_words(args["reflexive"]),
            preverbal=_words(args["preverbal"]),
            saying_participles=_words(args["saying_participles"]),
            adversatives=_words(args["adversatives"]),
            possessor_objects=_words(args["possessor_objects"]),
            possessor_types=frozenset(args["possessor_types"]),
            victim_verbs=_words(args["victim_verbs"]),
            counted_victim_verbs=_words(args["counted_victim_verbs"]),
            passive_in=_words(args["passive_in"]),
            passive_forms=_words(args["passive_forms"]),
            casualty_nouns=_words(args["casualty_nouns"]),
            died_verbs=_words(args["died_verbs"]),
            death_nouns=tuple(sorted(_words(args["death_nouns"]))),
            victim_actors=frozenset(args["victim_actors"]),
            casualty_types=frozenset(args["casualty_types"]),
            patient_types=frozenset(args["patient_types"]),
            reporter_types=frozenset(args["reporter_types"]),
            answered={k: frozenset(v) for k, v in args["answered"].items()},
            charging_types=frozenset(args["charging_types"]),
            link_between=_words(args["link_between"]),
            complementizers=_words(args["complementizers"]),
            pronoun_complementizers=_words(args["pronoun_complementizers"]),
            verb_particles=_words(args["verb_particles"]),
            intransitive=_words(args["intransitive"]),
            device_verbs=_words(args["device_verbs"]),
            device_words=_words(args["device_words"]),
            device_types=frozenset(args["device_types"]),
            place_heads=_words(args["place_heads"]),
            travel_nouns=_words(args["travel_nouns"]),
            purpose=_words(args["purpose"]),
            purpose_types=frozenset(args["purpose_types"]),
            protest_sites=_words(args["protest_sites"]),
            place_target_types=frozenset(args["place_target_types"]),
            partitive=_words(args["partitive"]),
            members=_words(args["members"]),
            part_of=_words(args["part_of"]),
            masculine_states=frozenset(args["masculine_states"]),
            copulas=_words(args["copulas"]),
            resumptive_preps=_words(args["resumptive_preps"]),
            statement_nouns=_words(args["statement_nouns"]),
            addressed_types=frozenset(args["addressed_types"]),
            in_it=_words(args["in_it"]),
            time_words=_words(args["time_words"]),
            genitive_object_preps=_words(args["genitive_object_preps"]),
            meeting_object_preps=_words(args["meeting_object_preps"]),
            construct_agent_types=frozenset(args["construct_agent_types"]),
            doer_nouns=_words(args["doer_nouns"]),
            caller_nouns=_words(args["caller_nouns"]),
            construct_state_nouns=_words(args["construct_state_nouns"]),
            venue_types=frozenset(args["venue_types"]),
            agentive_nouns=_words(args["agentive_nouns"]),
            object_nouns=_words(args["object_nouns"]),
            means_adjectives=_words(args["means_adjectives"]),
            blow_nouns=_words(args["blow_nouns"]),
            interviews=_words(args["interviews"]),
            press_types=frozenset(args["press_types"]),
            responsibility=_words(args["responsibility"]),
            claim_verbs=_words(args["claim_verbs"]),
            speech_types=frozenset(args["speech_types"]),
            combat_words=_words(args["combat_words"]),
            unit_nouns=_words(args["unit_nouns"]),
            decision_nouns=_words(args["decision_nouns"]),
            decision_links=_words(args["decision_links"]),
            involvement=_words(args["involvement"]),
            involvement_adverbs=_words(args["involvement_adverbs"]),
            judging=_words(args["judging"]),
            armed_sectors=frozenset(args["armed_sectors"]),
            dyad_types=frozenset(args["dyad_types"]),
            struck_preps=_words(args["struck_preps"]),
            reciprocal=_words(args["reciprocal"]),
            amid=_words(args["amid"]),
            occurring=_words(args["occurring"]),
            gathering=_words(args["gathering"]),
            meeting_verbs=_words(args["meeting_verbs"]),
            dyad_modes=frozenset(args["dyad_modes"]),
            happening_types=frozenset(args["happening_types"]),
            demonstrating=_words(args["demonstrating"]),
            staging_verbs=_words(args["staging_verbs"]),
            crowd_counts=_words(args["crowd_counts"]),
            demonstrator_sectors=frozenset(args["demonstrator_sectors"]),
            from_not_agent_types=frozenset(args["from_not_agent_types"]),
            giver_heads=_words(args["giver_heads"]),
            dead_nouns=_words(args["dead_nouns"]),
            invitations=_words(args["invitations"]),
            chairing=_words(args["chairing"]),
            partitive_heads=_words(args["partitive_heads"]),
            quantity_heads=_words(args["quantity_heads"]),
            witnessing=_words(args["witnessing"]),
            force_nouns=_lemmas(args["force_nouns"]),
            loyal_words=_lemmas(args["loyal_words"]),
            from_addressee_types=frozenset(args["from_addressee_types"]),
            detector_groups={k: _words(v) for k, v in spec["detector"].items()},
            topics={name: (_words(t["words"]), int(t["min_words"]), float(t["min_share"]), _words(t.get("unless", [])))
                    for name, t in spec["topics"].items()},
            accident_types=frozenset(spec["accidents"]["types"]),
            accident_casualties=_words(spec["accidents"]["casualty_words"]),
            accident_causes=tuple(dict.fromkeys(lemma_key(c) for c in spec["accidents"]["causes"])),
        )
    except (OSError, KeyError, TypeError, yaml.YAMLError) as exc:
        raise DataError(str(path), f"bad cue file: {exc}") from exc
