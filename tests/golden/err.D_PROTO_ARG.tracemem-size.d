BEGIN { tracemem(curthread, "four"); }
