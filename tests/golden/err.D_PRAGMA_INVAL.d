#pragma D foo
