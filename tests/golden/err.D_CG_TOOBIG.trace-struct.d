struct big { char b[10000]; };
struct big x;
BEGIN { trace(x); }
