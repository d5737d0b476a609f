# Loops nest 7 deep (the kernel allows 8 call frames, the program's and 7
# callbacks); a string function in the innermost body is one more, and is
# refused in one line rather than by the verifier
"$DTRACE" -qn 'BEGIN { for(a=0;a<2;a++) for(b=0;b<2;b++) for(c=0;c<2;c++)
    for(d=0;d<2;d++) for(e=0;e<2;e++) for(f=0;f<2;f++) for(g=0;g<2;g++) n++;
    printf("%d\n", n); exit(0); }'
echo "status $?"
"$DTRACE" -qn 'BEGIN { for(a=0;a<2;a++) for(b=0;b<2;b++) for(c=0;c<2;c++)
    for(d=0;d<2;d++) for(e=0;e<2;e++) for(f=0;f<2;f++) for(g=0;g<2;g++)
    s = toupper("ab"); exit(0); }'
echo "status $?"
