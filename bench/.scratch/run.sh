#!/bin/bash
# usage: run.sh server.mjs path
node "$1" > /tmp/srv.out & pid=$!
for i in $(seq 50); do grep -q port /tmp/srv.out && break; sleep 0.1; done
port=$(node -e 'console.log(JSON.parse(require("fs").readFileSync("/tmp/srv.out","utf8").split("\n")[0]).port)')
node load.mjs "http://127.0.0.1:$port$2" 5
kill $pid
