#pragma D option quiet flowindent
