/* a translated struct has no address */
BEGIN { trace(&fds[0]); }
