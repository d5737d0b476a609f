/* as DTrace: an array (not a string) is not assigned whole */
struct buf { int v[4]; };
struct buf a, b;
BEGIN { a.v = b.v; }
