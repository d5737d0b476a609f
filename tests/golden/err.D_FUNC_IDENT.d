BEGIN { pid(); }
