#!/usr/bin/env python3
"""The agreement table of docs/analysis.md computed from a csv-long export, two ways, for
bench_analysis to compare against panelist's own full recount of the study.

For each (area, measure) of the effectiveness question: counts per scale point, n (substantive
answers: scale points only, "don't know" excluded) and agree_share (answers above the midpoint / n).

  pandas: timed from reading the CSV to the finished table (read_csv with only the columns needed).
  sqlite: the CSV is loaded into an in-memory table first (not timed); then only the GROUP BY
          query is timed, with the Python sqlite3 module (SQLite's C code does the work).

Prints one JSON object: timings (median of --repeat runs, and every run), row counts, and both
tables so the caller can check they agree with its own figures.

Usage: agreement_pandas.py CSV --points 1,2,3,4,5 [--repeat 3] [--pandas-only]
Needs Debian's python3-pandas (run it with /usr/bin/python3 if another python3 comes first).
"""

import argparse
import csv
import json
import sqlite3
import statistics
import sys
import time


def pandas_table(path, points, midpoint):
    import pandas as pd

    start = time.perf_counter()
    df = pd.read_csv(
        path,
        usecols=["question", "measure_id", "area_id", "value", "dont_know"],
        dtype={"question": "category", "measure_id": "category", "area_id": "category"},
    )
    eff = df[(df["question"] == "effectiveness") & (df["dont_know"] == 0) & df["value"].notna()]
    counts = (
        eff.groupby(["area_id", "measure_id", "value"], observed=True)
        .size()
        .unstack(fill_value=0)
        .reindex(columns=points, fill_value=0)
    )
    n = counts.sum(axis=1)
    agree = counts[[p for p in points if p > midpoint]].sum(axis=1) / n
    table = counts.assign(n=n, agree_share=agree)
    seconds = time.perf_counter() - start
    out = {}
    for (area, measure), row in table.iterrows():
        out[f"{area}|{measure}"] = {
            "counts": [int(row[p]) for p in points],
            "n": int(row["n"]),
            "agree_share": float(row["agree_share"]),
        }
    return seconds, out, len(df)


def sqlite_table(path, points, midpoint, repeat):
    con = sqlite3.connect(":memory:")
    con.execute(
        "CREATE TABLE answers (respondent_id TEXT, revision INTEGER, expertise TEXT, question TEXT,"
        " measure_id TEXT, area_id TEXT, value INTEGER, dont_know INTEGER, text TEXT,"
        " source_file TEXT, imported_at TEXT)"
    )
    load_start = time.perf_counter()
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        assert header[:9] == ["respondent_id", "revision", "expertise", "question", "measure_id",
                              "area_id", "value", "dont_know", "text"], header
        con.executemany(
            "INSERT INTO answers VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            ((r[0], int(r[1]), r[2], r[3], r[4], r[5], int(r[6]) if r[6] else None, int(r[7]), r[8], r[9], r[10])
             for r in reader),
        )
    con.commit()
    load_seconds = time.perf_counter() - load_start

    sums = ", ".join(f"SUM(value = {int(p)})" for p in points)
    query = (
        f"SELECT area_id, measure_id, {sums}, COUNT(*) AS n,"
        f" CAST(SUM(value > {midpoint}) AS REAL) / COUNT(*) AS agree_share"
        " FROM answers WHERE question = 'effectiveness' AND dont_know = 0 AND value IS NOT NULL"
        " GROUP BY area_id, measure_id"
    )
    runs = []
    rows = None
    for _ in range(repeat):
        start = time.perf_counter()
        rows = con.execute(query).fetchall()
        runs.append(time.perf_counter() - start)
    out = {}
    for r in rows:
        out[f"{r[0]}|{r[1]}"] = {"counts": list(r[2:2 + len(points)]), "n": r[2 + len(points)],
                                 "agree_share": r[3 + len(points)]}
    return runs, out, load_seconds


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("csv")
    ap.add_argument("--points", required=True, help="scale values, comma-separated, ascending")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--pandas-only", action="store_true",
                    help="compute the pandas table once and print its size only (timed from outside)")
    args = ap.parse_args()
    points = [int(p) for p in args.points.split(",")]
    midpoint = (points[0] + points[-1]) / 2

    try:
        import pandas  # noqa: F401
    except ImportError:
        sys.exit("agreement_pandas.py: pandas is missing (Debian: apt install python3-pandas; "
                 "run with /usr/bin/python3)")

    if args.pandas_only:
        _, table, _ = pandas_table(args.csv, points, midpoint)
        print(len(table))
        return

    pandas_runs = []
    table = None
    rows = 0
    for _ in range(args.repeat):
        seconds, table, rows = pandas_table(args.csv, points, midpoint)
        pandas_runs.append(seconds)
    sql_runs, sql_table, load_seconds = sqlite_table(args.csv, points, midpoint, max(args.repeat, 5))
    json.dump({
        "rows": rows,
        "pandas_seconds": statistics.median(pandas_runs),
        "pandas_runs": pandas_runs,
        "sqlite_seconds": statistics.median(sql_runs),
        "sqlite_runs": sql_runs,
        "sqlite_load_seconds": load_seconds,
        "pandas_version": __import__("pandas").__version__,
        "sqlite_version": sqlite3.sqlite_version,
        "pandas_table": table,
        "sqlite_table": sql_table,
    }, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
