/* kernel memory is not written through members */
BEGIN { curthread->pid = 1; }
