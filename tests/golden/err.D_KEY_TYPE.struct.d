struct pt { int x; int y; };
struct pt p;
BEGIN { @[p] = count(); }
