#!/usr/bin/env bash
# A one-node Slurm cluster on this machine, for deploy/slurm/selftest.sh and for trying the pipeline.
#
#   deploy/slurm/cluster.sh start    install what is missing, start munged, slurmctld, slurmd; wait for `sinfo` idle
#   deploy/slurm/cluster.sh stop     cancel our jobs, stop exactly the daemons this script started; idempotent
#   deploy/slurm/cluster.sh status   say what runs; exit 0 only when the node is up (idle, mixed or allocated)
#   deploy/slurm/cluster.sh env      print `export SLURM_CONF=…` for sbatch/squeue/sinfo (eval "$(cluster.sh env)")
#
# Everything lives in one state folder, $SLURM_STATE (default /tmp/sejajar-slurm): slurm.conf, the munge key,
# socket, logs and pid files, the controller's state and slurmd's spool. No file under /etc is written and no
# system daemon is touched: the daemons get the configuration with `-f`, the clients with SLURM_CONF, and
# munged runs on its own socket (AuthInfo=socket=…), so a Slurm or munged already on the machine is left alone
# (only the ports must differ: SEJAJAR_SLURMCTLD_PORT, SEJAJAR_SLURMD_PORT, default 6817 and 6818).
# Everything listens on the loopback address only (where the host name resolves to one). Needs root (CI runs as root): slurmd starts jobs as their users.
# SEJAJAR_SLURM_TIMEOUT (default 90) bounds the wait for the node in seconds.
set -euo pipefail

STATE=${SLURM_STATE:-/tmp/sejajar-slurm}
case $STATE in /*) ;; *) STATE=$PWD/$STATE ;; esac
CONF=$STATE/slurm.conf
MUNGE_DIR=$STATE/munge            # socket, pid file, seed: owned by the munge user, 755
KEY=$STATE/munge-key/munge.key    # in a folder of its own, 700
SOCKET=$MUNGE_DIR/munge.socket.2
CTLD_PORT=${SEJAJAR_SLURMCTLD_PORT:-6817}
SLURMD_PORT=${SEJAJAR_SLURMD_PORT:-6818}
TIMEOUT=${SEJAJAR_SLURM_TIMEOUT:-90}
NODE=sejajar1          # slurmd is started with -N, so the machine's hostname plays no part
PARTITION=main
# Every daemon we start carries this in its environment (and so do the slurmstepd processes it forks): how
# stop finds what is ours even when a pid file was lost, without matching anything by program name.
MARK="SEJAJAR_SLURM_CLUSTER=$STATE"
PACKAGES=(slurmctld slurmd slurm-client munge)
export SLURM_CONF=$CONF

pidfile() { case $1 in munged) echo "$MUNGE_DIR/munged.pid" ;; *) echo "$STATE/run/$1.pid" ;; esac; }

say() { echo "cluster.sh: $*" >&2; }

# The tail of every log we have, for a failure.
logs() {
  local f
  for f in "$STATE/log/munged.log" "$STATE/log/slurmctld.log" "$STATE/log/slurmd.log"; do
    [ -s "$f" ] || continue
    echo "---- tail $f" >&2
    tail -n 15 "$f" >&2
  done
}

STARTING=0
fail() {
  say "FAILED: $*"
  logs
  # A start that failed leaves nothing running.
  if [ $STARTING = 1 ]; then STARTING=0; stop_cluster >/dev/null 2>&1 || true; fi
  exit 1
}

install_packages() {
  local missing=() p
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || fail "missing ${missing[*]} and no apt-get to install them"
  say "installing: ${missing[*]}"
  # Some sandboxes cannot run apt's unprivileged download user: fall back to root for that step (.ci/apt-install).
  apt-get update -qq || apt-get update -qq -o APT::Sandbox::User=root || fail "apt-get update failed"
  # policy-rc.d 101: the packages' postinst must not start the system munged/slurmctld/slurmd (no systemd here,
  # and they would take the ports and /run/munge). Restored afterwards.
  local policy=/usr/sbin/policy-rc.d saved=""
  if [ -e $policy ]; then saved=$(mktemp); cp -p $policy "$saved"; fi
  printf '#!/bin/sh\nexit 101\n' > $policy; chmod 755 $policy
  local ok=0
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -o APT::Sandbox::User=root \
         "${missing[@]}" >/dev/null \
    || ok=1
  if [ -n "$saved" ]; then mv "$saved" $policy; else rm -f $policy; fi
  [ $ok = 0 ] || fail "apt-get install ${missing[*]} failed"
}

# pid of a running daemon of ours from its pid file, or nothing. A stale file (dead process, or a pid reused
# by a process that is not ours) is removed.
live_pid() {
  local file=$1 pid
  [ -s "$file" ] || return 0
  pid=$(tr -dc '0-9' < "$file")
  if [ -n "$pid" ] && is_ours "$pid"; then echo "$pid"; else rm -f "$file"; fi
}

is_ours() {
  { tr '\0' '\n' < "/proc/$1/environ"; } 2>/dev/null | grep -qxF "$MARK"
}

# Every process carrying our mark: daemons whose pid file is gone, slurmstepd and what it forked.
marked_pids() {
  grep -lzxF "$MARK" /proc/[0-9]*/environ 2>/dev/null | cut -d/ -f3 | grep -vx "$$" || true
}

# The processes under PIDS (their children, theirs …): the jobs that slurmstepd started, which do not carry
# our mark and would be left running if slurmstepd died first.
descendants() {
  [ $# -gt 0 ] || return 0
  grep -H '^PPid:' /proc/[0-9]*/status 2>/dev/null \
    | awk -F'[/:\t ]+' -v roots=" $* " '
        { parent[$3] = $NF }
        END {
          n = split(roots, r, " "); for (i = 1; i <= n; i++) mine[r[i]] = 1
          do { grew = 0; for (p in parent) if (!(p in mine) && (parent[p] in mine)) { mine[p] = 1; grew = 1; print p } } while (grew)
        }'
}

node_state() { sinfo -h -n "$NODE" -o '%T' 2>/dev/null | head -n1 | tr -d ' ' || true; }

stop_cluster() {
  local pids
  # Jobs first, while the controller still answers, so that no job process outlives the daemons.
  if [ -n "$(live_pid "$(pidfile slurmctld)")" ]; then
    scancel --quiet --partition="$PARTITION" 2>/dev/null || true
    for _ in $(seq 1 20); do
      [ -z "$(squeue -h -o %i 2>/dev/null)" ] && break
      sleep 0.5
    done
  fi
  pids=""
  for f in slurmd slurmctld munged; do pids="$pids $(live_pid "$(pidfile $f)")"; done
  pids="$pids $(marked_pids)"
  pids="$pids $(descendants $pids)"
  pids=$(echo $pids | tr ' ' '\n' | sort -un | tr '\n' ' ')
  if [ -n "${pids// /}" ]; then
    kill -TERM $pids 2>/dev/null || true
    for _ in $(seq 1 40); do
      pids=$(for p in $pids; do [ -d /proc/$p ] && [ "$(awk '/^State:/ {print $2}' /proc/$p/status 2>/dev/null)" != Z ] && echo "$p"; done | tr '\n' ' ')
      [ -z "${pids// /}" ] && break
      sleep 0.25
    done
    if [ -n "${pids// /}" ]; then
      say "killing (did not stop on TERM in 10 s): $pids"
      kill -KILL $pids 2>/dev/null || true
      sleep 0.5
    fi
  fi
  # After a KILL, or anything started in between.
  pids=$(marked_pids | tr '\n' ' ')
  [ -z "${pids// /}" ] || { kill -KILL $pids 2>/dev/null || true; sleep 0.5; }
  rm -f "$STATE"/run/*.pid "$(pidfile munged)" "$SOCKET" "$SOCKET.lock"
  pids=$(marked_pids | tr '\n' ' ')
  [ -z "${pids// /}" ] || { say "still running after stop: $pids"; return 1; }
  return 0
}

port_in_use() {
  # /proc/net/tcp lists listening sockets (state 0A) with the port in hex.
  local hex
  hex=$(printf '%04X' "$1")
  cat /proc/net/tcp /proc/net/tcp6 2>/dev/null | awk -v p=":$hex" '$4 == "0A" && substr($2, length($2)-4) == p {found=1} END {exit !found}'
}

write_conf() {
  local hw mem host addr comm
  # With NoCtldInAddrAny,NoInAddrAny, slurmctld and slurmd bind to the address their host name resolves to
  # (gethostname, not NodeAddr): 127.0.0.1 here, 127.0.1.1 on a stock Debian. Where the name resolves to
  # no loopback address (or to nothing, when they fail to start at all), they must listen on every address.
  host=$(uname -n)
  addr=$(getent ahostsv4 "$host" 2>/dev/null | awk 'NR == 1 {print $1}') || addr=""
  case $addr in
    127.*) comm="CommunicationParameters=NoCtldInAddrAny,NoInAddrAny" ;;
    *) say "warning: host name '$host' resolves to ${addr:-nothing}, not a loopback address: the daemons listen on every address (add '127.0.0.1 $host' to /etc/hosts for loopback only)"
       comm="# host name '$host' resolves to ${addr:-nothing}: the daemons listen on every address"
       addr=127.0.0.1 ;;
  esac
  # The node exactly as slurmd sees it (sockets, cores, threads), less UpTime; memory at 80 %, so that
  # slurmd never finds less memory than configured (which would drain the node: "Low RealMemory").
  hw=$(slurmd -C 2>/dev/null | head -n1 | sed -e 's/^NodeName=[^ ]* //' -e 's/ *RealMemory=[0-9]*//') || true
  [ -n "$hw" ] || hw="CPUs=$(nproc)"
  mem=$(awk '/^MemTotal:/ {print int($2 / 1024 * 0.8)}' /proc/meminfo)
  cat > "$CONF.new" <<CONF
# Written by deploy/slurm/cluster.sh: a one-node cluster on $addr, state in $STATE.
ClusterName=sejajar
SlurmctldHost=localhost($addr)
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
$comm
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$SOCKET
StateSaveLocation=$STATE/ctld
SlurmdSpoolDir=$STATE/spool/%n
SlurmctldPidFile=$STATE/run/slurmctld.pid
SlurmdPidFile=$STATE/run/slurmd.pid
SlurmctldLogFile=$STATE/log/slurmctld.log
SlurmdLogFile=$STATE/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
# No cgroups: process groups track the jobs, tasks are not bound.
ProctrackType=proctrack/pgid
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
MpiDefault=none
MailProg=/bin/true
# A job whose afterok dependency failed is cancelled, so that \`sbatch --wait\` on it returns.
DependencyParameters=kill_invalid_depend
ReturnToService=2
SlurmdTimeout=60
# sbatch --wait polls after 2 s, then 4 times longer each time up to 32 s, while the pause is under
# MinJobAge/2: with the default 300 it looks at 2, 10, 42, 74 s, so a 12 s pipeline took 42 s. At 10 it
# looks every 8 s (2, 10, 18 …) and a finished job's record still stays 10 s for scontrol.
MinJobAge=10
MaxArraySize=10001
NodeName=$NODE NodeHostname=localhost NodeAddr=$addr $hw RealMemory=$mem State=UNKNOWN
PartitionName=$PARTITION Nodes=$NODE Default=YES MaxTime=INFINITE State=UP
CONF
  mv "$CONF.new" "$CONF"
}

start_munged() {
  local user=munge
  id munge >/dev/null 2>&1 || user=root
  mkdir -p "$MUNGE_DIR" "$(dirname "$KEY")"
  if [ ! -s "$KEY" ]; then
    dd if=/dev/urandom of="$KEY.new" bs=1024 count=1 status=none
    mv "$KEY.new" "$KEY"
  fi
  # munged insists: its folders owned by it and not writable by others (the socket's open to all for
  # execute), the key readable by it alone.
  chown -R "$user:" "$MUNGE_DIR" "$(dirname "$KEY")"
  chmod 755 "$MUNGE_DIR"; chmod 700 "$(dirname "$KEY")"; chmod 400 "$KEY"
  : > "$STATE/log/munged.log"; chown "$user:" "$STATE/log/munged.log"
  local cmd=(env "$MARK" /usr/sbin/munged --socket="$SOCKET" --key-file="$KEY"
             --pid-file="$(pidfile munged)" --log-file="$STATE/log/munged.log"
             --seed-file="$MUNGE_DIR/munged.seed" --force)
  # 9>&-: the daemons must not inherit the lock (see lock below), or they would hold it while they run.
  if [ "$user" = root ]; then "${cmd[@]}" 9>&-; else runuser -u munge -- "${cmd[@]}" 9>&-; fi \
    || fail "munged did not start"
  for _ in $(seq 1 40); do
    [ -S "$SOCKET" ] && munge -n --socket="$SOCKET" 2>/dev/null | unmunge --socket="$SOCKET" >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  fail "munged gives no credential on $SOCKET (munge -n | unmunge)"
}

start_cluster() {
  [ "$(id -u)" = 0 ] || { say "FAILED: must run as root (slurmd starts jobs as their users; CI runs as root)"; exit 1; }
  install_packages
  if [ -n "$(live_pid "$(pidfile slurmctld)")" ] && [ -n "$(live_pid "$(pidfile slurmd)")" ] \
     && [ -n "$(live_pid "$(pidfile munged)")" ]; then
    case $(node_state) in idle*|mixed*|allocated*) say "already running ($STATE)"; return 0 ;; esac
  fi
  # Whatever a crash left: daemons of ours, stale pid files, sockets; the controller's state is cleared by -c.
  stop_cluster >/dev/null 2>&1 || true
  STARTING=1
  rm -f "$STATE"/log/*.log     # so that a failure shows this start's logs, not an earlier one's
  local p
  for p in "$CTLD_PORT" "$SLURMD_PORT"; do
    port_in_use "$p" && fail "port $p is taken by another program (another Slurm?); set SEJAJAR_SLURMCTLD_PORT/SEJAJAR_SLURMD_PORT"
  done
  mkdir -p "$STATE/ctld" "$STATE/spool/$NODE" "$STATE/log" "$STATE/run"
  chmod 755 "$STATE"
  write_conf
  start_munged
  env "$MARK" /usr/sbin/slurmctld -f "$CONF" -c 9>&- || fail "slurmctld did not start"
  env "$MARK" /usr/sbin/slurmd -f "$CONF" -N "$NODE" 9>&- || fail "slurmd did not start"
  local deadline=$((SECONDS + TIMEOUT)) state=""
  while [ $SECONDS -lt $deadline ]; do
    [ -n "$(live_pid "$(pidfile slurmctld)")" ] || { sleep 0.5; [ -n "$(live_pid "$(pidfile slurmctld)")" ] || fail "slurmctld exited"; }
    state=$(node_state)
    case $state in
      idle*) STARTING=0; say "up: node $NODE idle, SLURM_CONF=$CONF"; return 0 ;;
      down*|drain*)
        # ReturnToService=2 brings a down node back once slurmd registers; a drained one is resumed (if slurmd
        # drains it again, e.g. "Low RealMemory", the timeout below gives the reason).
        scontrol update nodename="$NODE" state=resume >/dev/null 2>&1 || true ;;
    esac
    sleep 0.5
  done
  local reason=""
  [ -z "$state" ] || reason=$(sinfo -h -R -o '%E' 2>/dev/null | head -n1)
  fail "node $NODE not idle after ${TIMEOUT}s (state: ${state:-no answer from slurmctld}${reason:+, reason: $reason})"
}

status_cluster() {
  local f pid rc=0
  for f in munged slurmctld slurmd; do
    pid=$(live_pid "$(pidfile $f)")
    if [ -n "$pid" ]; then echo "$f: running, pid $pid"; else echo "$f: not running"; rc=1; fi
  done
  local state=""
  # A Slurm client retries for about 10 s when no controller answers: ask only when ours runs.
  [ -z "$(live_pid "$(pidfile slurmctld)")" ] || state=$(node_state)
  echo "node $NODE: ${state:-unknown (no controller)}"
  case $state in idle*|mixed*|allocated*|completing*) ;; *) rc=1 ;; esac
  echo "SLURM_CONF=$CONF"
  return $rc
}

# One start or stop at a time per state folder (two test runs at once would race for the same daemons).
lock() { mkdir -p "$(dirname "$STATE")"; exec 9> "$STATE.lock"; flock -w "$TIMEOUT" 9 || { say "FAILED: $STATE.lock is held by another cluster.sh"; exit 1; }; }

case ${1:-} in
  start) lock; start_cluster ;;
  stop)
    # Nothing to do on a fresh machine (slurm not even installed): still succeed.
    lock
    if stop_cluster; then say "stopped ($STATE)"; else exit 1; fi ;;
  status) status_cluster ;;
  env) echo "export SLURM_CONF=$CONF" ;;
  *) echo "usage: $0 start|stop|status|env   (state folder: \$SLURM_STATE, now $STATE)" >&2; exit 2 ;;
esac
