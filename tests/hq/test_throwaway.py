"""The throwaway PostgreSQL server of the tests and the benchmark."""


def test_the_server_cpu_time_counts_the_work_of_connections_open_and_closed(pg_cluster):
    """The benchmark compares merge and COPY in CPU time as well as wall time (bench/bench_hq.py)."""
    import psycopg
    before = pg_cluster.cpu_seconds()
    assert isinstance(before, float)
    with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:     # a backend that ends before the reading
        conn.execute("SELECT count(DISTINCT md5(i::text)) FROM generate_series(1, 400000) i").fetchone()
    after = pg_cluster.cpu_seconds()
    assert after is not None and after >= before + 0.05
