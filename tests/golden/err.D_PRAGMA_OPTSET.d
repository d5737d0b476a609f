#pragma D option nosuchoption
