#!/usr/bin/env python3
"""GridBot's CPU samples in a JFR recording by who spent them (bench/portal-profile.sh prints this).

Each jdk.ExecutionSample is charged to the first frame, from the top of its stack, that belongs to a known
library or a GridBot package: JDK frames (collections, strings, reflection) are charged to the code that called
them. Prints the share of samples per part and the hottest GridBot-side methods.

    python3 bench/jfr-breakdown.py recording.jfr [top-methods]
"""
import collections
import json
import subprocess
import sys

PARTS = [  # (prefix of the class name, part); the first match from the top of the stack wins
    ("com.hankcs.", "HanLP (segmentation, classification)"),
    ("com.thoughtworks.xstream.", "XStream (WeChat XML)"),
    ("me.chanjar.weixin.", "WxJava (signature, crypto, XML beans)"),
    ("org.apache.ibatis.", "MyBatis"),
    ("org.mybatis.", "MyBatis"),
    ("com.mysql.", "JDBC driver (Connector/J)"),
    ("com.zaxxer.hikari.", "HikariCP"),
    ("io.lettuce.", "Redis client (Lettuce, Netty)"),
    ("io.netty.", "Redis client (Lettuce, Netty)"),
    ("org.springframework.data.redis.", "Redis client (Lettuce, Netty)"),
    ("io.github.resilience4j.", "Resilience4j"),
    ("org.springframework.transaction.", "Spring transactions"),
    ("org.springframework.jdbc.", "Spring transactions"),
    ("org.apache.catalina.", "Tomcat and HTTP"),
    ("org.apache.coyote.", "Tomcat and HTTP"),
    ("org.apache.tomcat.", "Tomcat and HTTP"),
    ("org.springframework.web.", "Spring MVC"),
    ("jakarta.servlet.", "Spring MVC"),
    ("io.micrometer.", "Micrometer"),
    ("ch.qos.logback.", "Logging"),
    ("org.slf4j.", "Logging"),
    ("org.h2.mvstore.", "Spool (MVStore)"),
    ("cn.gridbot.", "GridBot code"),
    ("org.springframework.", "Spring (other)"),
    ("com.fasterxml.jackson.", "Jackson"),
    ("tools.jackson.", "Jackson"),
]


def part_of(frames):
    for frame in frames:
        name = frame["method"]["type"]["name"]
        for prefix, part in PARTS:
            if name.startswith(prefix):
                return part, name + "." + frame["method"]["name"]
    top = frames[0]["method"] if frames else None
    return "JDK only (GC-free threads, I/O, crypto)", (top["type"]["name"] + "." + top["name"]) if top else "?"


def main():
    recording = sys.argv[1]
    top_n = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    printed = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", "jdk.ExecutionSample",
                              recording], check=True, capture_output=True, text=True).stdout
    samples = json.loads(printed)["recording"]["events"]
    parts = collections.Counter()
    methods = collections.Counter()
    for sample in samples:
        frames = sample["values"]["stackTrace"]["frames"]
        part, method = part_of(frames)
        parts[part] += 1
        if part == "GridBot code":
            methods[method] += 1
    total = sum(parts.values()) or 1
    print(f"GridBot CPU samples: {total}")
    for part, count in parts.most_common():
        print(f"  {100 * count / total:5.1f}%  {part}")
    print("Hottest GridBot methods (own time, JDK calls included):")
    for method, count in methods.most_common(top_n):
        print(f"  {100 * count / total:5.1f}%  {method}")


if __name__ == "__main__":
    main()
