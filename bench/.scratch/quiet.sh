#!/bin/bash
# waits until the machine is < 15% busy over 2 s (max 300 s)
for i in $(seq 150); do
  read -r _ a b c d e f g _ < /proc/stat; t1=$((a+b+c+d+e+f+g)); i1=$((d+e))
  sleep 2
  read -r _ a b c d e f g _ < /proc/stat; t2=$((a+b+c+d+e+f+g)); i2=$((d+e))
  busy=$(( 100 - 100*(i2-i1)/(t2-t1) ))
  [ $busy -lt 15 ] && { echo "quiet ($busy%)"; exit 0; }
done
echo "still busy ($busy%)"
