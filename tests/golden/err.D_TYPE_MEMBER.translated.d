BEGIN { trace(curpsinfo->pr_start); }
