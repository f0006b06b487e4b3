#!/usr/bin/env python3
"""GridBot's CPU in an async-profiler collapsed-stack file by thread, by part and by stage
(bench/portal-profile.sh prints this with PROFILER=async).

The file holds one line per distinct stack, root first, the thread's name as the root frame, then the
number of samples. Unlike Java Flight Recorder's samples these cover every thread of the JVM: the JIT
compilers, the garbage collector and native code (the kernel's share of a system call included).

  - by thread: samples per thread, numbers in thread names folded so that pools add up;
  - by part (own time): each sample charged to the first frame from the top of its stack that belongs to a known
    library or a GridBot package (the parts of bench/jfr-breakdown.py), JDK and native frames to their caller;
  - by stage (inclusive): the share of samples with a given frame anywhere on the stack — what a step of the
    intake path costs with everything it calls.

    python3 bench/collapsed-breakdown.py portal.collapsed [top-frames]
"""
import collections
import importlib.util
import os
import re
import sys

_spec = importlib.util.spec_from_file_location("jfr_breakdown", os.path.join(os.path.dirname(__file__), "jfr-breakdown.py"))
_jfr = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_jfr)
PARTS = _jfr.PARTS

STAGES = [  # (label, substring of a frame); a sample counts once per stage however many frames match
    ("HTTP request thread, all of it", "org.apache.coyote.http11.Http11Processor.service"),
    ("Portal: checks, parse, reply", "cn.gridbot.wechat.WeChatPortal.receive"),
    ("  XML parse (XStream)", "cn.gridbot.wechat.WeChatPortal.parse"),
    ("  reply XML", "me.chanjar.weixin.mp.bean.message.WxMpXmlOutMessage.toXml"),
    ("Inbound gateway (dedup, spool, conversation)", "cn.gridbot.conversation.InboundGateway.receive"),
    ("  exactly-once on the intake thread (claim, classify, wait)", "cn.gridbot.conversation.ExactlyOnce.handle"),
    ("  classification ahead of the batch (Preclassified)", "cn.gridbot.conversation.Preclassified.ahead"),
    ("  classifier, anywhere", "cn.gridbot.classify."),
    ("  HanLP, anywhere", "com.hankcs."),
    ("Group-commit writer", "cn.gridbot.common.GroupCommit"),
    ("MyBatis, anywhere", "org.apache.ibatis."),
    ("JDBC driver, anywhere", "com.mysql."),
    ("Spring transactions, anywhere", "org.springframework.transaction."),
    ("Redis (Lettuce, Netty), anywhere", "io.lettuce."),
    ("Spring Data Redis, anywhere", "org.springframework.data.redis."),
    ("Outbox dispatcher (pushes)", "cn.gridbot.notify.OutboxDispatcher"),
    ("  WeChat API calls (to the stand-in)", "cn.gridbot.wechat.WeChatNotifier"),
    ("Logging, anywhere", "ch.qos.logback."),
    ("Spring MVC dispatch", "org.springframework.web.servlet.DispatcherServlet.doDispatch"),
    ("Spool (MVStore), anywhere", "org.h2.mvstore."),
]


def frames_of(line):
    stack, _, count = line.rstrip("\n").rpartition(" ")
    frames = [re.sub(r"_\[[a-z0-9]\]$", "", f).replace("/", ".") for f in stack.split(";")]
    return frames, int(count)


def thread_of(frame):
    name = frame.strip("[]")
    name = re.sub(r" tid=\d+$", "", name)
    return re.sub(r"\d+", "#", name)


def part_of(frames):
    for frame in reversed(frames):
        for prefix, part in PARTS:
            if frame.startswith(prefix):
                return part, frame
    return "JDK, JVM and native only (JIT, GC, I/O)", frames[-1] if frames else "?"


def main():
    path = sys.argv[1]
    top_n = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    threads, parts, stages, leaves, gridbot = (collections.Counter() for _ in range(5))
    total = 0
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            frames, count = frames_of(line)
            total += count
            has_thread = frames and frames[0].startswith("[")
            threads[thread_of(frames[0]) if has_thread else "?"] += count
            body = frames[1:] if has_thread else frames
            part, frame = part_of(body)
            parts[part] += count
            if part == "GridBot code":
                gridbot[frame] += count
            leaves[body[-1] if body else "?"] += count
            for label, needle in STAGES:
                if any(needle in f for f in body):
                    stages[label] += count
    total = total or 1
    print(f"CPU samples: {total}")
    print("By thread:")
    for name, count in threads.most_common(12):
        print(f"  {100 * count / total:5.1f}%  {name}")
    print("By part (own time, JDK and native calls charged to their caller):")
    for part, count in parts.most_common():
        print(f"  {100 * count / total:5.1f}%  {part}")
    print("By stage (inclusive):")
    for label, _ in STAGES:
        print(f"  {100 * stages[label] / total:5.1f}%  {label}")
    print("Hottest GridBot methods (own time, JDK calls included):")
    for frame, count in gridbot.most_common(top_n):
        print(f"  {100 * count / total:5.1f}%  {frame}")
    print("Hottest frames (the top of the stack):")
    for frame, count in leaves.most_common(top_n):
        print(f"  {100 * count / total:5.1f}%  {frame}")


if __name__ == "__main__":
    main()
