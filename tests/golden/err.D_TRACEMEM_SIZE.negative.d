BEGIN { tracemem(curthread, -8); }
