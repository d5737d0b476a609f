BEGIN { x = fds["stdin"].fi_name; }
