BEGIN { x = 089; }
