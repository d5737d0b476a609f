/* structs are not compared (DTrace compares their addresses) */
struct pt { int x; int y; };
struct pt p, q;
BEGIN { trace(p != q); }
