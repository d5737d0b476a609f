BEGIN { trace(stringof(curthread->se)); }
