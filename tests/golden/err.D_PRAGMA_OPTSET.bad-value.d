#pragma D option bufsize=abc
