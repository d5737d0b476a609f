BEGIN { nosuch(); }
