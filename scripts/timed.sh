# Sourced by the benchmark scripts: timed runs a command and measures its time and peak memory.

# tree_rss PID: sets tree_kb to the resident memory of PID and every process under it, so a
# command that starts others (a launcher script, a build) is measured whole; /usr/bin/time's figure
# is the largest one process held, not their sum. Bash builtins only, so sampling takes next to
# nothing from the run it measures.
tree_rss() {
    local queue=("$1") pid key value children kids
    tree_kb=0
    while ((${#queue[@]})); do
        pid=${queue[0]}
        queue=("${queue[@]:1}")
        # A process may end between two reads: what it no longer holds counts as nothing.
        while read -r key value _; do
            [[ $key == VmRSS: ]] && tree_kb=$((tree_kb + value))
        done 2>/dev/null </proc/"$pid"/status || true
        for children in /proc/"$pid"/task/*/children; do
            kids=()
            read -r -a kids 2>/dev/null <"$children" || true # the list has no line end, so read says false
            queue+=("${kids[@]}")
        done
    done
}

# timed NAME LOG COMMAND...: runs COMMAND under /usr/bin/time, output to LOG; sets elapsed and rss_kb,
# the peak of /usr/bin/time's figure and the process tree's, sampled every 0.2 s.
# A failed run stops the benchmark: its times would measure an error path.
timed() {
    local name=$1 log=$2 pid peak_tree=0
    shift 2
    /usr/bin/time -f '%e %M' -o "$log.time" "$@" >"$log" 2>&1 &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
        tree_rss "$pid"
        ((tree_kb <= peak_tree)) || peak_tree=$tree_kb
        sleep 0.2
    done
    if ! wait "$pid"; then
        echo "bench: $name FAILED; the end of $log:" >&2
        tail -n 30 "$log" >&2
        exit 1
    fi
    read -r elapsed rss_kb <"$log.time"
    ((peak_tree <= rss_kb)) || rss_kb=$peak_tree
}
