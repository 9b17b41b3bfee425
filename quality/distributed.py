"""Distributed scoring: the same ``score_frame`` on Ray Data, Dask or Spark.

Ray Data (the engine NeMo Curator and datatrove's Ray executor run on) is the first-class
path: ``score_dataset`` maps ``ScoreBatch`` over a Dataset in pandas batches, each actor
loading the model once. Install with ``pip install -e ".[ray]"``.

    import ray
    from quality.distributed import score_dataset
    ds = ray.data.read_parquet("s3://bucket/articles/")
    score_dataset(ds, text_column="text", id_column="url").write_parquet("s3://bucket/scores/")

Dask and Spark take the same batch function (one pandas DataFrame in, one out):

    # Dask
    import dask.dataframe as dd
    from quality.distributed import score_batch, output_schema
    ddf = dd.read_parquet("articles/")
    scores = ddf.map_partitions(score_batch, meta=output_schema())

    # Spark (pandas UDF over Arrow batches)
    from quality.distributed import score_batch, spark_schema
    scores = spark_df.mapInPandas(lambda it: (score_batch(b) for b in it), schema=spark_schema())

Results are identical to ``Scorer.score_frame`` on the same rows (a test checks it).
"""

from __future__ import annotations

import threading
from typing import Any

import pandas as pd

from quality.errors import UsageError
from quality.io import DEFAULT_MAX_CHARS, is_missing_id, same_but_case
from quality.model import model_file
from quality.scorer import STRING_COLUMNS, Scorer, row_columns

_lock = threading.Lock()
_scorers: dict[str, Scorer] = {}


def _scorer(model: str | None) -> Scorer:
    """One Scorer per process and model path, loaded on first use."""
    key = model or ""
    with _lock:
        if key not in _scorers:
            _scorers[key] = Scorer.load(model)
        return _scorers[key]


def score_batch(
    batch: pd.DataFrame,
    text_column: str = "text",
    id_column: str | None = "id",
    model: str | None = None,
    title_column: str | None = "title",
    max_chars: int | None = DEFAULT_MAX_CHARS,
    markdown: bool = False,
) -> pd.DataFrame:
    """Score one pandas batch: one output row per input row, same order, ``row_columns()``.

    The id column is used when present, else the batch's index; the title column and
    ``max_chars`` and ``markdown`` as ``Scorer.score_frame`` takes them.
    """
    return _score_with(_scorer(model), batch, text_column, id_column, title_column, max_chars, markdown)


def _score_with(
    scorer: Scorer,
    batch: pd.DataFrame,
    text_column: str,
    id_column: str | None,
    title_column: str | None,
    max_chars: int | None,
    markdown: bool = False,
) -> pd.DataFrame:
    # score_frame takes the id column when the batch has it, else the index
    out = scorer.score_frame(
        batch,
        text_column=text_column,
        id_column=id_column,
        title_column=title_column,
        max_chars=max_chars,
        markdown=markdown,
    )
    return out.reset_index(drop=True)


class ScoreBatch:
    """A callable class for ``Dataset.map_batches``: Ray builds one per actor, so the
    model loads once per actor, not once per batch."""

    def __init__(
        self,
        text_column: str = "text",
        id_column: str | None = "id",
        model: str | None = None,
        title_column: str | None = "title",
        max_chars: int | None = DEFAULT_MAX_CHARS,
        markdown: bool = False,
    ) -> None:
        self.text_column, self.id_column = text_column, id_column
        self.title_column, self.max_chars, self.markdown = title_column, max_chars, markdown
        self.scorer = Scorer.load(model)

    def __call__(self, batch: pd.DataFrame) -> Any:
        """The batch's scores as an Arrow table of ``arrow_schema()``: one schema
        whatever the batch holds. A pandas batch of only rated rows has an all-None
        ``error`` column, and one of only errors all-NaN scores, which Ray stored as
        Arrow's null type, so Parquet files written from different batches could not be
        read back together (a new user's find). A row without an id gets none: a Ray
        batch's index counts from 0 in every batch, so it named many rows alike."""
        import pyarrow as pa

        out = _score_with(
            self.scorer,
            batch,
            self.text_column,
            self.id_column,
            self.title_column,
            self.max_chars,
            self.markdown,
        )
        if self.id_column is None or self.id_column not in batch.columns:
            out["id"] = None
        else:
            missing = [is_missing_id(v) for v in batch[self.id_column]]
            out.loc[missing, "id"] = None
        return pa.Table.from_pandas(out, schema=arrow_schema(), preserve_index=False)


def score_dataset(
    ds: Any,
    *,
    text_column: str = "text",
    id_column: str | None = "id",
    model: str | None = None,
    batch_size: int = 256,
    concurrency: int | None = None,
    title_column: str | None = "title",
    max_chars: int | None = DEFAULT_MAX_CHARS,
    markdown: bool = False,
) -> Any:
    """A Ray Dataset of scores, one row per input row, in input order, as
    ``Scorer.score_frame`` gives them (the title column when present; a text over
    ``max_chars`` characters an error row; ``markdown``: texts read as Markdown), in one Arrow schema (``arrow_schema``)
    whatever a batch holds. The id is the id column's value; a row without one (no such
    column, or a missing value) gets a null id, not a row number: Ray has none that runs
    across batches. Match such rows by position: the output keeps input order.

    Ray stores blocks with Arrow, which refuses a column mixing strings and numbers
    (``ArrowConversionError``) before any row reaches the scorer, so no row gets an error
    record: give the text column one type when building the dataset (strings, None for a
    missing text), or score such rows with ``Scorer.score_frame``, which takes any value.

    ``concurrency``: the most scoring actors (each loads the model once and takes one
    CPU); the pool starts with one and grows while the cluster has CPUs to spare, so a
    figure above the cluster's CPUs does no harm. Default 1. On a cluster of one CPU
    the pool is one actor that asks for no CPU of its own, beside the read tasks.

    ``ds`` and its DataContext are left as they were: the output alone keeps order.

    Raises UsageError, before anything runs, when ``ds``'s schema is known without
    running it and lacks ``text_column``, or an ``id_column`` or ``title_column`` other
    than the defaults (as ``Scorer.score_frame`` does), or ``concurrency`` is not a
    whole number of 1 or more; and ModelError when ``model`` names no model file on this
    machine (the actors read it on theirs: on a cluster, the same path on every node)."""
    import ray
    import ray.data
    from ray.data import Dataset

    # a missing column is said now, as score_frame says it, when the schema is known
    # without running the dataset: run, it failed late, as a RayTaskError around the
    # message (a new user's find). A schema not yet known is checked by each batch.
    schema = ds.schema(fetch_if_missing=False)
    if schema is not None:
        names = list(schema.names)
        for column, option, default in (
            (text_column, "text_column", None),
            (id_column, "id_column", "id"),
            (title_column, "title_column", "title"),
        ):
            if column is not None and column != default and column not in names:
                raise UsageError(
                    f"The Dataset has no column {column!r} (columns: {', '.join(names)})"
                    f"{same_but_case(column, names)}. Pass {option}=..."
                )
    if concurrency is not None and (isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1):
        raise UsageError(f"concurrency must be a whole number >= 1, or None. Got {concurrency!r} instead.")
    if model is not None:
        # a model path that names nothing is said now, as a missing column is: run, it
        # failed seconds later as an ActorDiedError around the message (a tester's find)
        model_file(model)
    actor_cpus, most_actors = 1, max(1, concurrency or 1)
    # Ray Data's read tasks take a CPU each: an actor holding a cluster's only CPU left
    # the read that feeds it waiting forever (a reviewer's run under ray.init(num_cpus=1)
    # hung, "2/1 CPU" requested). There the one actor asks for none: it and the reads
    # take turns on the CPU. (Making a Dataset starts Ray; if it did not, Ray starts
    # when the output runs, on this machine, and the CPUs are not known here.)
    if ray.is_initialized() and ray.cluster_resources().get("CPU", 0) < 2:
        actor_cpus, most_actors = 0, 1

    out = ds.map_batches(
        ScoreBatch,
        fn_constructor_kwargs={
            "text_column": text_column,
            "id_column": id_column,
            "model": model,
            "title_column": title_column,
            "max_chars": max_chars,
            "markdown": markdown,
        },
        batch_format="pandas",
        batch_size=batch_size,
        # an autoscaling pool: a fixed one of 8 actors on a 2-CPU machine waited for CPUs
        # it would never get, and starved the read tasks that feed it (a new user's
        # run of the README's snippet hung); this one starts with one actor and grows to
        # ``concurrency`` as the cluster has CPUs to spare
        compute=ray.data.ActorPoolStrategy(min_size=1, max_size=most_actors),
        num_cpus=actor_cpus,
    )
    # Order is an execution option of the DataContext a Dataset runs with, and a derived
    # Dataset shares its parent's context object: setting it on ds.context (or out's)
    # would change how the caller's dataset, and all else derived from it, runs. Ray
    # (2.60) has no per-dataset order option, and restoring the old value afterwards
    # would not do (the output runs later, lazily, with whatever the context says then),
    # so the output gets a context of its own: a copy, as materialize() makes one.
    # an input of no rows runs no batch, and its output had no columns (a tester's find:
    # selecting "reliability" raised, and Parquet written from it had no schema): an
    # empty table of the output's schema after it gives every output its columns
    out = out.union(ray.data.from_arrow(arrow_schema().empty_table()))
    out = Dataset.copy(out, _deep_copy=True)
    out.context.execution_options.preserve_order = True
    return out


def arrow_schema() -> Any:
    """The output columns as an Arrow schema: strings for ``STRING_COLUMNS``, doubles for
    the rest, every one nullable."""
    import pyarrow as pa

    return pa.schema([(c, pa.string() if c in STRING_COLUMNS else pa.float64()) for c in row_columns()])


def output_schema() -> pd.DataFrame:
    """An empty frame with the output columns and dtypes (Dask's ``meta``)."""
    return pd.DataFrame(
        {c: pd.Series(dtype=object if c in STRING_COLUMNS else "float64") for c in row_columns()}
    )


def spark_schema() -> str:
    """The output schema as a Spark DDL string."""
    return ", ".join(
        f"`{c}` {'string' if c in STRING_COLUMNS else 'double'}" for c in row_columns()
    )
