BEGIN { x = 3; trace(stack(x)); }
