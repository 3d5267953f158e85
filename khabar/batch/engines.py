"""Where chunks of documents are annotated: in this process, a local process pool, or Dask.

Each engine offers ``submit(jobs) -> future`` and ``wait(futures) -> (done, pending)`` so that the
runner drives all three with one loop and keeps only a bounded window of work in flight.
"""
from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
from typing import Any

from khabar.batch.worker import Job, annotate, warm
from khabar.errors import PipelineError
from khabar.pipeline import DEFAULT_STAGES


class InlineEngine:
    """Annotate in the calling process (one worker): no start-up cost, easiest to debug."""

    workers = 1

    def __init__(self, stages: tuple[str, ...] = DEFAULT_STAGES) -> None:
        self.stages = stages
        warm(stages)

    def submit(self, jobs: list[Job]) -> cf.Future:
        future: cf.Future = cf.Future()
        future.set_result(annotate(jobs, self.stages))
        return future

    def wait(self, futures: set[Any]) -> tuple[set[Any], set[Any]]:
        return set(futures), set()

    def close(self) -> None:
        pass


class LocalEngine(InlineEngine):
    """A pool of worker processes on this machine, each loading the pipeline once."""

    def __init__(self, workers: int | None = None, stages: tuple[str, ...] = DEFAULT_STAGES) -> None:
        self.stages = stages
        self.workers = workers or os.cpu_count() or 1
        # spawn, not fork: the parent runs threads (progress display) that fork would copy mid-state
        self.pool = cf.ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                           initializer=warm, initargs=(stages,))

    def submit(self, jobs: list[Job]) -> cf.Future:
        return self.pool.submit(annotate, jobs, self.stages)

    def wait(self, futures: set[Any]) -> tuple[set[Any], set[Any]]:
        done, pending = cf.wait(futures, return_when=cf.FIRST_COMPLETED)
        return set(done), set(pending)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskEngine:
    """A Dask distributed cluster: a scheduler address, or a LocalCluster when none is given."""

    def __init__(self, scheduler: str | None = None, workers: int | None = None,
                 stages: tuple[str, ...] = DEFAULT_STAGES, **cluster_options: Any) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - dask[distributed] is a dependency
            raise PipelineError("the dask engine needs dask[distributed]") from exc
        self.stages = stages
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler, timeout="30s")
        else:
            self.cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                                        dashboard_address=None, **cluster_options)
            self.client = Client(self.cluster)
        self.workers = max(1, sum(w.get("nthreads", 1) for w in self.client.scheduler_info()["workers"].values()))
        self.client.run(warm, stages)

    def submit(self, jobs: list[Job]) -> Any:
        return self.client.submit(annotate, jobs, self.stages, pure=False)

    def wait(self, futures: set[Any]) -> tuple[set[Any], set[Any]]:
        from distributed import wait

        done, pending = wait(list(futures), return_when="FIRST_COMPLETED")
        return set(done), set(pending)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_engine(engine: str = "local", workers: int | None = None, scheduler: str | None = None,
                stages: tuple[str, ...] = DEFAULT_STAGES) -> InlineEngine | LocalEngine | DaskEngine:
    """The engine for ``khabar run --engine``: local (one worker runs inline) or dask."""
    if engine == "dask":
        return DaskEngine(scheduler, workers, stages)
    if engine != "local":
        raise PipelineError(f"unknown engine {engine!r}: use local or dask")
    if (workers or os.cpu_count() or 1) == 1:
        return InlineEngine(stages)
    return LocalEngine(workers, stages)
