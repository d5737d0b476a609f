BEGIN { x = fds[1, 2].fi_name; }
