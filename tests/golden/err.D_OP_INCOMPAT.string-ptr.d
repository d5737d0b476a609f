BEGIN { trace("x" == (int *)0); }
