"""Ray Data on a local cluster gives exactly what score_frame gives, row for row."""

from __future__ import annotations

import pandas as pd
import pytest

from quality.distributed import output_schema, score_batch, score_dataset, spark_schema
from quality.scorer import Scorer, row_columns

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def frame(seed_texts):
    page = "<div><h2>Toll rises</h2><p>Officials said on Monday that 3 people died in the flood.</p></div>"
    texts = [*seed_texts.values(), "It may rain, analysts said.", None, "", "Plain report. " * 30, page]
    # a title on some rows, none on others: every entry point scores it with its text
    titles = ["SHOCKING!!! You won't BELIEVE this", None, "Rain ahead", None, None, None, None]
    return pd.DataFrame({"id": [f"a{i}" for i in range(len(texts))], "text": texts, "title": titles})


@pytest.fixture(scope="module")
def local_cluster():
    ray.init(
        num_cpus=2,
        include_dashboard=False,
        log_to_driver=False,
        ignore_reinit_error=True,
        configure_logging=False,
    )
    yield
    ray.shutdown()


def test_ray_matches_score_frame(local_cluster, frame):
    expected = Scorer.load().score_frame(frame, id_column="id").reset_index(drop=True)
    # three blocks (from_pandas(override_num_blocks=...) breaks on pandas 3: pass the parts)
    parts = [frame.iloc[i : i + 3] for i in range(0, len(frame), 3)]
    ds = ray.data.from_pandas(parts)
    current = ray.data.DataContext.get_current()
    before = (ds.context.execution_options.preserve_order, current.execution_options.preserve_order)
    scores = score_dataset(ds, batch_size=2, concurrency=2)
    # order is the output's own setting: the caller's dataset and context are untouched
    assert scores.context.execution_options.preserve_order is True
    assert scores.context is not ds.context
    after = (ds.context.execution_options.preserve_order, current.execution_options.preserve_order)
    assert after == before == (False, False)
    got = scores.to_pandas()
    assert list(got.columns) == row_columns()
    assert list(got["id"]) == list(frame["id"])

    # Arrow brings nulls back as None/NaN/NA alike: compare them as one null
    def nulls_as_none(df):
        return df.astype(object).where(df.notna(), None)

    pd.testing.assert_frame_equal(nulls_as_none(got), nulls_as_none(expected), check_dtype=False)


def test_readme_pipeline_parquet_in_and_out_with_more_actors_than_cpus(local_cluster, frame, tmp_path):
    # a new user's run of the README's snippet (read_parquet, concurrency=8 on two CPUs)
    # hung: a fixed pool of 8 actors waited for CPUs and starved the read; and a batch
    # holding an error row wrote its string columns as pickled Python objects
    import pyarrow.parquet as pq

    frame.to_parquet(tmp_path / "articles.parquet")
    ds = ray.data.read_parquet(str(tmp_path / "articles.parquet"))
    score_dataset(ds, text_column="text", id_column="id", concurrency=8).write_parquet(str(tmp_path / "scores"))
    table = pq.read_table(tmp_path / "scores")
    assert table.num_rows == len(frame)
    for column in ("status", "error", "label", "flags", "top_reasons"):
        assert str(table.schema.field(column).type) == "string", column
    got = table.to_pandas()
    assert sorted(got["id"]) == sorted(frame["id"])
    assert (got["status"] == "error").sum() == 2  # the None and the empty text
    assert got.loc[got["status"] == "error", "error"].map(type).eq(str).all()


def test_datasets_written_apart_read_back_together_and_rows_without_ids_get_none(local_cluster, frame, tmp_path):
    # a new user's finds: a day of only rated rows wrote `error` as Arrow's null type, a
    # day of only errors its scores, so the days' Parquet files could not be read back
    # together; and without an id column each batch's rows were numbered from 0 again
    import pyarrow as pa
    import pyarrow.parquet as pq

    from quality.distributed import arrow_schema

    days = {
        "good": [{"text": t} for t in frame["text"] if isinstance(t, str) and len(t) > 100],
        "errors": [{"text": None}, {"text": ""}],
    }
    for day, rows in days.items():
        score_dataset(ray.data.from_items(rows), batch_size=1).write_parquet(str(tmp_path / f"day={day}"))
    for day in days:
        assert pq.read_schema(next((tmp_path / f"day={day}").glob("*.parquet"))).equals(arrow_schema())
    table = pq.read_table(tmp_path, schema=arrow_schema())  # read back together
    assert table.num_rows == sum(map(len, days.values()))
    assert table.column("id").null_count == table.num_rows
    assert set(arrow_schema().types) == {pa.string(), pa.float64()}
    # an id column's missing values get none; the others are kept
    ids = score_dataset(ray.data.from_items([{"id": "x", "text": "Rates rose."}, {"id": None, "text": "Rates fell."}]))
    assert [None if pd.isna(v) else v for v in ids.to_pandas()["id"]] == ["x", None]
    # a day of no rows at all has the output's schema too (a tester's find: it had none;
    # Ray itself gives an empty dataset's to_pandas() no columns and writes no file)
    empty = ray.data.from_pandas(pd.DataFrame({"id": pd.Series([], dtype=str), "text": pd.Series([], dtype=str)}))
    none = score_dataset(empty)
    assert list(none.schema().names) == row_columns() and none.count() == 0


def test_batch_function_for_dask_and_spark(frame):
    out = score_batch(frame)
    assert list(out["id"]) == list(frame["id"])
    assert list(out.columns) == list(output_schema().columns)
    assert spark_schema().count("`") == 2 * len(row_columns())
    # Markdown texts read as a .md file is (the CLI's --markdown)
    md = pd.DataFrame({"id": ["m"], "text": ["# Plan\n\nDirector **Mira Lindqvist** said on Tuesday the plan works."]})
    as_md = score_batch(md, markdown=True)
    assert "markdown_source" in as_md["flags"].iloc[0] and "markdown_source" not in str(score_batch(md)["flags"].iloc[0])


def test_cli_score_many_and_score_frame_agree(frame, tmp_path):
    import json

    from quality.cli import main

    src = tmp_path / "in.jsonl"
    with open(src, "w") as fh:
        for row in frame.to_dict("records"):
            fh.write(json.dumps(row) + "\n")
    main(["score", str(src), "-o", str(tmp_path / "out.jsonl"), "--quiet"])
    main(["score", str(src), "-o", str(tmp_path / "out.parquet"), "--quiet", "--jobs", "2"])
    cli_jsonl = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    scorer = Scorer.load()
    library = [r.to_dict() for r in scorer.score_many(frame.to_dict("records"))]
    for c, lib, rid in zip(cli_jsonl, library, frame["id"]):
        assert c["id"] == rid
        assert c == lib  # titles and raw HTML read alike; errors too: one wording for a missing text
    cli_parquet = pd.read_parquet(tmp_path / "out.parquet")
    expected = scorer.score_frame(frame, id_column="id").reset_index(drop=True)
    ok = expected["status"] == "ok"
    pd.testing.assert_frame_equal(
        cli_parquet.loc[ok, ["id", "reliability", *row_columns()[10:]]],
        expected.loc[ok, ["id", "reliability", *row_columns()[10:]]],
        check_dtype=False,
    )


_ONE_CPU_RUN = """
import sys, ray, pandas as pd
from quality.distributed import score_dataset
ray.init(num_cpus=1, include_dashboard=False, log_to_driver=False, configure_logging=False)
frame = pd.DataFrame({"id": ["a", "b", "c"], "text": [sys.argv[1], None, sys.argv[1]]})
frame.to_parquet(sys.argv[2])
got = score_dataset(ray.data.read_parquet(sys.argv[2]), concurrency=8).to_pandas()
print(list(got["id"]), list(got["status"]))
"""


def test_a_cluster_of_one_cpu_scores_and_does_not_wait_forever(seed_texts, tmp_path):
    # an actor holding the only CPU starved the read task that feeds it: the run hung
    # (a reviewer's find); a cluster of its own, in a process of its own, with a bound
    import subprocess
    import sys

    text = next(iter(seed_texts.values()))
    done = subprocess.run(
        [sys.executable, "-c", _ONE_CPU_RUN, text, str(tmp_path / "in.parquet")],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    # the result's line, among any Ray prints (its raylet's worker-count warnings reach
    # standard output on a busy machine even with log_to_driver off)
    assert "['a', 'b', 'c'] ['ok', 'error', 'ok']" in [line.strip() for line in done.stdout.splitlines()]


def test_a_missing_column_is_said_before_the_dataset_runs(local_cluster):
    # a new user's find: it surfaced late, inside a RayTaskError
    from quality.errors import UsageError

    ds = ray.data.from_pandas(pd.DataFrame({"doc_id": ["a"], "body": ["The council met on Monday."]}))
    with pytest.raises(UsageError, match="no column 'text' \\(columns: doc_id, body\\)"):
        score_dataset(ds)
    with pytest.raises(UsageError, match="no column 'url'"):
        score_dataset(ds, text_column="body", id_column="url")


def test_a_bad_model_path_or_concurrency_is_said_before_the_dataset_runs(local_cluster, tmp_path):
    # a tester's find: a missing model surfaced seconds later as an ActorDiedError
    from quality.errors import ModelError, UsageError

    ds = ray.data.from_pandas(pd.DataFrame({"id": ["a"], "text": ["The council met on Monday."]}))
    with pytest.raises(ModelError, match="No model at"):
        score_dataset(ds, model=tmp_path / "missing.joblib")
    with pytest.raises(ModelError, match="reliability.joblib"):
        score_dataset(ds, model=tmp_path)  # a directory without one
    for bad in (0, -1, "2", 1.5, True):
        with pytest.raises(UsageError, match="concurrency"):
            score_dataset(ds, concurrency=bad)
