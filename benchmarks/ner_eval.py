"""NER benchmark: dev-split scores per type, type confusion, tagging speed, load time, model size.

    PYTHONPATH=. python benchmarks/ner_eval.py [--backend crf|nn] [--model PATH] [--errors N]

Dev = the last 10% of ANERcorp train.txt sentences (khabar.models.ner.data.split_dev), tagged as
one stream (document features over 6 sentences either way). A model trained on all of
train.txt (``khabar train ner --all``) has seen dev; for such a model the scores come from its
held-out twin: the same configuration trained without the dev tenth (``khabar train ner``, with
``--model nn --epochs N`` for the neural one), built into a temporary folder (a few minutes for the
CRF, about 15 for the network) unless ``--dev-model`` names one. Speed, load and size are
the given model's: single-process tagging of the dev words (features, both CRF passes or the
neural forward pass), cold first run and best of 3. ``--backend nn`` scores the neural BiLSTM-CRF
(``khabar/data/ner/ner_nn.npz``).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.models.ner import CRF_MODEL, DEFAULT_BACKEND, NN_MODEL  # noqa: E402
from khabar.models.ner.data import read_anercorp, split_dev  # noqa: E402
from khabar.models.ner.scorer import format_table, score, spans  # noqa: E402


def load_seconds(spec: str) -> float:
    """Cold load time in a fresh interpreter: import, gazetteers, model, first tag."""
    code = ("import time; t=time.perf_counter(); from khabar.models.ner import load_tagger; "
            f"load_tagger({spec!r}).tag(['بيروت']); print(time.perf_counter()-t)")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return float(out.stdout.strip())


def held_out_twin(backend: str, shared: Path, out: Path, meta: dict) -> Path:
    """The model trained like ``meta``'s but without the dev tenth, written to ``out``."""
    if backend == "crf":
        from khabar.models.ner.train import MODEL_NAME, train

        train(shared, out)
        return out / MODEL_NAME
    from khabar.models.ner.nn_train import MODEL_NAME, train_nn
    from khabar.models.ner.train import load_corpus

    train_nn(load_corpus(shared), out, epochs=meta["epochs"])
    return out / MODEL_NAME


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("KHABAR_SHARED", ROOT.parent / "shared")))
    parser.add_argument("--backend", choices=("crf", "nn"), default=DEFAULT_BACKEND)
    parser.add_argument("--model", type=Path, help="model file (default: the shipped one of --backend)")
    parser.add_argument("--dev-model", type=Path, help="held-out model to score (default: --model, "
                        "or a fresh held-out twin when --model was trained on the dev split)")
    parser.add_argument("--errors", type=int, default=0, help="print this many dev errors in context")
    args = parser.parse_args()

    from khabar.models.ner import load_tagger

    args.model = args.model or (NN_MODEL if args.backend == "nn" else CRF_MODEL)
    _, dev = split_dev(read_anercorp(args.shared / "data" / "ner" / "anercorp" / "train.txt"))
    tagger = load_tagger(f"{args.backend}:{args.model}")
    words = [s.words for s in dev]
    with tempfile.TemporaryDirectory(prefix="khabar-ner-dev-") as tmp:
        dev_model = args.dev_model or args.model
        meta_path = args.model.with_suffix(".json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        if args.dev_model is None and meta.get("dev", "") is None:
            print(f"{args.model.name} was trained on the dev split: training its held-out twin", flush=True)
            dev_model = held_out_twin(args.backend, args.shared, Path(tmp), meta)
        print(f"dev scores from {dev_model}")
        pred = load_tagger(f"{args.backend}:{dev_model}").tag_stream(words)
    scores = score([s.tags for s in dev], pred)
    n_tokens = sum(len(s.words) for s in dev)
    cold = time.perf_counter()
    tagger.tag_stream([[w + "\u0640" for w in ws] for ws in words])  # unseen strings: no feature cache
    cold = time.perf_counter() - cold
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        tagger.tag_stream(words)
        best = min(best, time.perf_counter() - began)
    print(f"dev: {len(dev)} sentences, {n_tokens} tokens, {scores.overall.tp + scores.overall.fn} entities")
    print(format_table(scores))
    print("confusion (gold -> predicted):",
          json.dumps({f"{g}->{p}": n for (g, p), n in sorted(scores.confusion.items()) if g != p}))
    print(f"speed: {n_tokens / cold:,.0f} tokens/s cold word cache, {n_tokens / best:,.0f} warm (one process)")
    print(f"load: {load_seconds(f'{args.backend}:{args.model}'):.2f} s cold (fresh interpreter, incl. imports)")
    from khabar.models.ner.crf import doc_model_path

    if args.backend == "crf":
        files = [args.model, doc_model_path(args.model)]
    else:  # weights, vocabularies, and a stacked model's first-pass CRF
        from khabar.models.ner.nn import FIRST_PASS_NAME

        files = [args.model, args.model.with_suffix(".json"), args.model.with_name(FIRST_PASS_NAME)]
    files = [p for p in files if p.exists()]
    print("model: " + " + ".join(f"{p.name} {p.stat().st_size / 1e6:.1f} MB" for p in files)
          + f" = {sum(p.stat().st_size for p in files) / 1e6:.1f} MB")
    if args.errors:
        kinds: Counter = Counter()
        shown = 0
        for s, p in zip(dev, pred):
            g = {(a, b): t for a, b, t in spans(s.tags)}
            q = {(a, b): t for a, b, t in spans(p)}
            for (a, b), t in sorted(g.items()):
                if q.get((a, b)) == t:
                    continue
                overlap = [f"{' '.join(s.words[x:y])}/{u}" for (x, y), u in q.items() if x < b and y > a]
                kinds[(t, "boundary" if overlap and (a, b) not in q else q.get((a, b), "O"))] += 1
                if shown < args.errors:
                    left, right = " ".join(s.words[max(0, a - 3):a]), " ".join(s.words[b:b + 2])
                    print(f"  {t:<5} {left} [{' '.join(s.words[a:b])}] {right}  -> {overlap or 'O'}")
                    shown += 1
        print("error kinds (gold, predicted):", kinds.most_common())


if __name__ == "__main__":
    main()
