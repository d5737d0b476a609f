BEGIN { trace(stack(0)); }
