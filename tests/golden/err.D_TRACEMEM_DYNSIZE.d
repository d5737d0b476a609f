BEGIN { tracemem(curthread, 4, "two"); }
