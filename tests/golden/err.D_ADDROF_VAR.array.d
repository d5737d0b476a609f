struct pt { int x; }; struct pt a[int];
BEGIN { trace(&a[1]); }
