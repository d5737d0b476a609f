BEGIN { trace(&(curthread->pid + 1)); }
