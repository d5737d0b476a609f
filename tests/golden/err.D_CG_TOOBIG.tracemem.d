BEGIN { tracemem(curthread, 8193); }
