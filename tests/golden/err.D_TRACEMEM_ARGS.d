BEGIN { tracemem(curthread, 4, 2, 1); }
