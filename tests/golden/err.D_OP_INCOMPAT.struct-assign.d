struct pt { int x; int y; };
struct size { int x; int y; };
struct pt p;
struct size s;
BEGIN { p = s; }
