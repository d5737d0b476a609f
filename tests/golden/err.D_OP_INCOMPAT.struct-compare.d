/* as DTrace: a struct and a value of another type */
struct pt { int x; int y; };
struct pt p;
BEGIN { trace(p == 0); }
