<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChangeSummary</name>
    <message>
        <source>You dropped %1&apos;s %2 at %3.</source>
        <translation>You dropped %1&apos;s %2 at %3.</translation>
    </message>
    <message>
        <source>You delayed %1&apos;s %2 by %3: it arrives at %4 instead of %5.</source>
        <translation>You delayed %1&apos;s %2 by %3: it arrives at %4 instead of %5.</translation>
    </message>
    <message>
        <source>You delayed %1&apos;s %2 by %3.</source>
        <translation>You delayed %1&apos;s %2 by %3.</translation>
    </message>
    <message>
        <source>You duplicated %1&apos;s %2: an extra copy arrives %3 after it.</source>
        <translation>You duplicated %1&apos;s %2: an extra copy arrives %3 after it.</translation>
    </message>
    <message>
        <source>%1 retransmits its %2 at %3.</source>
        <translation>%1 retransmits its %2 at %3.</translation>
    </message>
    <message>
        <source>%1 restarts its %2 at %3.</source>
        <translation>%1 restarts its %2 at %3.</translation>
    </message>
    <message>
        <source>%1&apos;s connection is reset at %2.</source>
        <translation>%1&apos;s connection is reset at %2.</translation>
    </message>
    <message>
        <source>%1 gives up on the connection at %2.</source>
        <translation>%1 gives up on the connection at %2.</translation>
    </message>
    <message>
        <source>%1 ends in %2 instead of %3.</source>
        <translation>%1 ends in %2 instead of %3.</translation>
    </message>
    <message>
        <source>%1 enters %2 at %3 instead of %4.</source>
        <translation>%1 enters %2 at %3 instead of %4.</translation>
    </message>
    <message>
        <source>Your change makes the run differ from the original story.</source>
        <translation>Your change makes the run differ from the original story.</translation>
    </message>
    <message>
        <source>Nothing else in the story changes.</source>
        <translation>Nothing else in the story changes.</translation>
    </message>
</context>
<context>
    <name>ComparisonExporter</name>
    <message>
        <source>Your run</source>
        <translation>Your run</translation>
    </message>
    <message>
        <source>As shipped</source>
        <translation>As shipped</translation>
    </message>
    <message>
        <source>Standard (RFC 9293)</source>
        <translation>Standard (RFC 9293)</translation>
    </message>
    <message>
        <source>Two-way handshake (flawed)</source>
        <translation>Two-way handshake (flawed)</translation>
    </message>
    <message>
        <source>No TIME-WAIT (flawed)</source>
        <translation>No TIME-WAIT (flawed)</translation>
    </message>
    <message>
        <source>The runs part ways at %1 (marked in red).</source>
        <translation>The runs part ways at %1 (marked in red).</translation>
    </message>
    <message>
        <source>The two runs are the same.</source>
        <translation>The two runs are the same.</translation>
    </message>
    <message>
        <source>first difference</source>
        <translation>first difference</translation>
    </message>
</context>
<context>
    <name>DiagramExporter</name>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>retransmission</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>Nothing to export: the chosen time range contains no events.</source>
        <translation>Nothing to export: the chosen time range contains no events.</translation>
    </message>
    <message>
        <source>Cannot export steps: the folder &quot;%1&quot; does not exist.</source>
        <translation>Cannot export steps: the folder &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>continues on slide %1 ↓</source>
        <translation>continues on slide %1 ↓</translation>
    </message>
    <message>
        <source>from slide %1 ↑</source>
        <translation>from slide %1 ↑</translation>
    </message>
</context>
<context>
    <name>FaultDescription</name>
    <message>
        <source>a retransmission</source>
        <translation>a retransmission</translation>
    </message>
    <message>
        <source>the connection request</source>
        <translation>the connection request</translation>
    </message>
    <message>
        <source>the handshake&apos;s last ACK</source>
        <translation>the handshake&apos;s last ACK</translation>
    </message>
    <message>
        <source>the final ACK</source>
        <translation>the final ACK</translation>
    </message>
    <message>
        <source>%1&apos;s %2</source>
        <translation>%1&apos;s %2</translation>
    </message>
    <message>
        <source>%1&apos;s %2 (%3)</source>
        <translation>%1&apos;s %2 (%3)</translation>
    </message>
    <message>
        <source>Drop %1</source>
        <translation>Drop %1</translation>
    </message>
    <message>
        <source>Delay %1 by %2 ms</source>
        <translation>Delay %1 by %2 ms</translation>
    </message>
    <message>
        <source>Duplicate %1 (copy %2 ms later)</source>
        <translation>Duplicate %1 (copy %2 ms later)</translation>
    </message>
    <message>
        <source>No fault on %1</source>
        <translation>No fault on %1</translation>
    </message>
    <message>
        <source>%1 — matches no segment in this run</source>
        <extracomment>A fault whose segment is not in the run (another edit removed it); it changes nothing.</extracomment>
        <translation>%1 — matches no segment in this run</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <extracomment>A segment named without its numbers: its control bits (%1) and which of its sender&apos;s segments with those bits it is (%2), as in &quot;A&apos;s ACK #3&quot;.</extracomment>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>segment #%1</source>
        <translation>segment #%1</translation>
    </message>
    <message>
        <source>%1&apos;s %2</source>
        <comment>ordinal</comment>
        <extracomment>A host (%1) and which of its segments (%2, &quot;ACK #3&quot;): &quot;A&apos;s ACK #3&quot;.</extracomment>
        <translation>%1&apos;s %2</translation>
    </message>
    <message>
        <source>%1&apos;s %2 (%3)</source>
        <comment>ordinal</comment>
        <translation>%1&apos;s %2 (%3)</translation>
    </message>
</context>
<context>
    <name>FileMessages</name>
    <message>
        <source>%1: appears twice</source>
        <translation>%1: appears twice</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: larger than %2 MiB, the limit for a scenario file</source>
        <translation>cannot read &apos;%1&apos;: larger than %2 MiB, the limit for a scenario file</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>unknown key (did you mean %1?)</source>
        <translation>unknown key (did you mean %1?)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>must be an array</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 is not a whole number</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>give %1 or %2, not both</source>
        <translation>give %1 or %2, not both</translation>
    </message>
    <message>
        <source>must be ≥ 0</source>
        <translation>must be ≥ 0</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>must be at most %1</translation>
    </message>
    <message>
        <source>is not a time</source>
        <translation>is not a time</translation>
    </message>
    <message>
        <source>needs an &quot;en&quot; or &quot;zh&quot; text</source>
        <translation>needs an &quot;en&quot; or &quot;zh&quot; text</translation>
    </message>
    <message>
        <source>must be a text or an object with &quot;en&quot; and &quot;zh&quot; texts</source>
        <translation>must be a text or an object with &quot;en&quot; and &quot;zh&quot; texts</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation>&apos;%1&apos; is not an IPv4 address</translation>
    </message>
    <message>
        <source>must be a whole number between 0 and 2^53, or a string of digits</source>
        <translation>must be a whole number between 0 and 2^53, or a string of digits</translation>
    </message>
    <message>
        <source>must list at least one host</source>
        <translation>must list at least one host</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must start with a letter and use only letters, digits, &apos;_&apos; and &apos;-&apos; (at most 16)</source>
        <translation>&apos;%1&apos; must start with a letter and use only letters, digits, &apos;_&apos; and &apos;-&apos; (at most 16)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already used by hosts[%2]</source>
        <translation>&apos;%1&apos; is already used by hosts[%2]</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (expected host or attacker)</source>
        <translation>unknown value &apos;%1&apos; (expected host or attacker)</translation>
    </message>
    <message>
        <source>only a host of kind attacker forges addresses</source>
        <translation>only a host of kind attacker forges addresses</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a /24 network address (it must end in .0)</source>
        <translation>&apos;%1&apos; is not a /24 network address (it must end in .0)</translation>
    </message>
    <message>
        <source>%1 is after the end of the run (it lasts %2 s)</source>
        <translation>%1 is after the end of the run (it lasts %2 s)</translation>
    </message>
    <message>
        <source>no host named &apos;%1&apos;</source>
        <translation>no host named &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must differ from &quot;from&quot;</source>
        <translation>must differ from &quot;from&quot;</translation>
    </message>
    <message>
        <source>%1&gt;%2 is already set by an earlier link</source>
        <translation>%1&gt;%2 is already set by an earlier link</translation>
    </message>
    <message>
        <source>sets neither delay_ms nor loss</source>
        <translation>sets neither delay_ms nor loss</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (expected %2)</source>
        <translation>unknown value &apos;%1&apos; (expected %2)</translation>
    </message>
    <message>
        <source>required for inject</source>
        <translation>required for inject</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither HOST:PORT nor a.b.c.d:PORT (hosts: %2)</source>
        <translation>&apos;%1&apos; is neither HOST:PORT nor a.b.c.d:PORT (hosts: %2)</translation>
    </message>
    <message>
        <source>unknown control bit &apos;%1&apos; (expected SYN, FIN, RST, PSH, ACK, URG, ECE, CWR)</source>
        <translation>unknown control bit &apos;%1&apos; (expected SYN, FIN, RST, PSH, ACK, URG, ECE, CWR)</translation>
    </message>
    <message>
        <source>only with the ACK bit in flags</source>
        <translation>only with the ACK bit in flags</translation>
    </message>
    <message>
        <source>required when flags include ACK</source>
        <translation>required when flags include ACK</translation>
    </message>
    <message>
        <source>give data or bytes, not both</source>
        <translation>give data or bytes, not both</translation>
    </message>
    <message>
        <source>not used by %1</source>
        <translation>not used by %1</translation>
    </message>
    <message>
        <source>syn_flood needs a host of kind attacker; &apos;%1&apos; is not one</source>
        <translation>syn_flood needs a host of kind attacker; &apos;%1&apos; is not one</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an attacker, which can only syn_flood or inject</source>
        <translation>&apos;%1&apos; is an attacker, which can only syn_flood or inject</translation>
    </message>
    <message>
        <source>required for %1</source>
        <translation>required for %1</translation>
    </message>
    <message>
        <source>must be another host than &apos;%1&apos;</source>
        <translation>must be another host than &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an attacker and has no TCP to talk to</source>
        <translation>&apos;%1&apos; is an attacker and has no TCP to talk to</translation>
    </message>
    <message>
        <source>required for send (or give bytes)</source>
        <translation>required for send (or give bytes)</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>must be more than 0</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (expected drop, delay or duplicate)</source>
        <translation>unknown value &apos;%1&apos; (expected drop, delay or duplicate)</translation>
    </message>
    <message>
        <source>give either ordinal (a position) or seq, ack and transmission (the segment&apos;s identity), not both</source>
        <translation>give either ordinal (a position) or seq, ack and transmission (the segment&apos;s identity), not both</translation>
    </message>
    <message>
        <source>missing (or give the segment&apos;s seq, ack and transmission)</source>
        <translation>missing (or give the segment&apos;s seq, ack and transmission)</translation>
    </message>
    <message>
        <source>unknown flag &apos;%1&apos; (expected SYN, FIN, RST, PSH, ACK, URG, ECE or CWR)</source>
        <translation>unknown flag &apos;%1&apos; (expected SYN, FIN, RST, PSH, ACK, URG, ECE or CWR)</translation>
    </message>
    <message>
        <source>missing (the segment has ACK)</source>
        <translation>missing (the segment has ACK)</translation>
    </message>
    <message>
        <source>not used: the segment&apos;s flags have no ACK</source>
        <translation>not used: the segment&apos;s flags have no ACK</translation>
    </message>
    <message>
        <source>the same as faults[%1]</source>
        <translation>the same as faults[%1]</translation>
    </message>
    <message>
        <source>needs at_least or at_most</source>
        <translation>needs at_least or at_most</translation>
    </message>
    <message>
        <source>at_least (%1) must not exceed at_most (%2)</source>
        <translation>at_least (%1) must not exceed at_most (%2)</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (expected %2)</source>
        <translation>unknown state &apos;%1&apos; (expected %2)</translation>
    </message>
    <message>
        <source>unknown notice &apos;%1&apos; (expected %2)</source>
        <translation>unknown notice &apos;%1&apos; (expected %2)</translation>
    </message>
    <message>
        <source>missing (final_state, reached_state, gave_up_connecting and notice are about a host)</source>
        <translation>missing (final_state, reached_state, gave_up_connecting and notice are about a host)</translation>
    </message>
    <message>
        <source>needs a condition (final_state, reached_state, gave_up_connecting, notice, retransmissions or segments)</source>
        <translation>needs a condition (final_state, reached_state, gave_up_connecting, notice, retransmissions or segments)</translation>
    </message>
    <message>
        <source>missing (when to ask: at_ms or at_s)</source>
        <translation>missing (when to ask: at_ms or at_s)</translation>
    </message>
    <message>
        <source>needs 2 to 6 choices, has %1</source>
        <translation>needs 2 to 6 choices, has %1</translation>
    </message>
    <message>
        <source>not used by the correct choice</source>
        <translation>not used by the correct choice</translation>
    </message>
    <message>
        <source>unknown misconception &apos;%1&apos; (see docs/quiz-format.md: %2)</source>
        <translation>unknown misconception &apos;%1&apos; (see docs/quiz-format.md: %2)</translation>
    </message>
    <message>
        <source>a wrong choice needs a misconception or an explanation</source>
        <translation>a wrong choice needs a misconception or an explanation</translation>
    </message>
    <message>
        <source>the same as choices[%1]</source>
        <translation>the same as choices[%1]</translation>
    </message>
    <message>
        <source>needs exactly one correct choice, has %1</source>
        <translation>needs exactly one correct choice, has %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>the file is empty (expected a JSON object)</source>
        <translation>the file is empty (expected a JSON object)</translation>
    </message>
    <message>
        <source>invalid JSON at %1: %2</source>
        <translation>invalid JSON at %1: %2</translation>
    </message>
    <message>
        <source>the file must hold a JSON object ({...})</source>
        <translation>the file must hold a JSON object ({...})</translation>
    </message>
    <message>
        <source>version: missing (this format needs &quot;version&quot;: %1)</source>
        <translation>version: missing (this format needs &quot;version&quot;: %1)</translation>
    </message>
    <message>
        <source>version: must be a whole number (this format is version %1)</source>
        <translation>version: must be a whole number (this format is version %1)</translation>
    </message>
    <message>
        <source>version: %1 is newer than this tcplab understands (%2)</source>
        <translation>version: %1 is newer than this tcplab understands (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must use only a-z, 0-9 and single &apos;-&apos; between words</source>
        <translation>&apos;%1&apos; must use only a-z, 0-9 and single &apos;-&apos; between words</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (expected standard, two-way-handshake or no-time-wait)</source>
        <translation>unknown value &apos;%1&apos; (expected standard, two-way-handshake or no-time-wait)</translation>
    </message>
    <message>
        <source>must be at least 1 µs, the smallest step of virtual time</source>
        <translation>must be at least 1 µs, the smallest step of virtual time</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: not a regular file</source>
        <translation>cannot read &apos;%1&apos;: not a regular file</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>cannot read &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ordinal ≥ 1</source>
        <translation>&apos;%1&apos; is not an ordinal ≥ 1</translation>
    </message>
    <message>
        <source>unknown host &apos;%1&apos;</source>
        <translation>unknown host &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (expected a name such as SYN-RECEIVED or TIME-WAIT)</source>
        <translation>unknown state &apos;%1&apos; (expected a name such as SYN-RECEIVED or TIME-WAIT)</translation>
    </message>
    <message>
        <source>unknown timer &apos;%1&apos; (expected rto, 2msl, fin-wait-2, keepalive, delayed-ack or persist)</source>
        <translation>unknown timer &apos;%1&apos; (expected rto, 2msl, fin-wait-2, keepalive, delayed-ack or persist)</translation>
    </message>
    <message>
        <source>unknown timer event &apos;%1&apos; (expected set, fired or cancelled)</source>
        <translation>unknown timer event &apos;%1&apos; (expected set, fired or cancelled)</translation>
    </message>
    <message>
        <source>unknown segment event &apos;%1&apos; (expected sent, delivered or dropped)</source>
        <translation>unknown segment event &apos;%1&apos; (expected sent, delivered or dropped)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 names no event of the scenario&apos;s own run</source>
        <translation>%1 names no event of the scenario&apos;s own run</translation>
    </message>
    <message>
        <source>%1 names no segment of the scenario&apos;s own run</source>
        <translation>%1 names no segment of the scenario&apos;s own run</translation>
    </message>
    <message>
        <source>%1: that segment is never %2 in the scenario&apos;s own run</source>
        <translation>%1: that segment is never %2 in the scenario&apos;s own run</translation>
    </message>
    <message>
        <source>notes[%1].on: %2</source>
        <translation>notes[%1].on: %2</translation>
    </message>
    <message>
        <source>must name at least one control bit, or be &quot;none&quot;</source>
        <translation>must name at least one control bit, or be &quot;none&quot;</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>cannot write &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written</source>
        <translation>only %1 of %2 bytes could be written</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: no built-in scenario has this id (known: %2)</source>
        <translation>&apos;%1&apos;: no built-in scenario has this id (known: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: neither a built-in scenario nor a file (built-in: %2)</source>
        <translation>&apos;%1&apos;: neither a built-in scenario nor a file (built-in: %2)</translation>
    </message>
    <message>
        <source>%1: that segment is %2 fewer than %3 times in the scenario&apos;s own run</source>
        <translation>%1: that segment is %2 fewer than %3 times in the scenario&apos;s own run</translation>
    </message>
</context>
<context>
    <name>HeaderLayoutPainter</name>
    <message>
        <source>Source Port</source>
        <translation>Source Port</translation>
    </message>
    <message>
        <source>Destination Port</source>
        <translation>Destination Port</translation>
    </message>
    <message>
        <source>Sequence Number</source>
        <translation>Sequence Number</translation>
    </message>
    <message>
        <source>Acknowledgment Number</source>
        <translation>Acknowledgment Number</translation>
    </message>
    <message>
        <source>Data Offset</source>
        <translation>Data Offset</translation>
    </message>
    <message>
        <source>Rsrvd</source>
        <translation>Rsrvd</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Checksum</translation>
    </message>
    <message>
        <source>Urgent Pointer</source>
        <translation>Urgent Pointer</translation>
    </message>
    <message>
        <source>Option kind</source>
        <translation>Option kind</translation>
    </message>
    <message>
        <source>2 (MSS)</source>
        <translation>2 (MSS)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Maximum Segment Size</source>
        <translation>Maximum Segment Size</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
</context>
<context>
    <name>ImageFileWriter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot export to &quot;%1&quot;: unknown file type &quot;%2&quot; (use .png, .svg or .pdf).</source>
        <translation>Cannot export to &quot;%1&quot;: unknown file type &quot;%2&quot; (use .png, .svg or .pdf).</translation>
    </message>
    <message>
        <source>the picture is empty</source>
        <translation>the picture is empty</translation>
    </message>
    <message>
        <source>the picture is too large to draw (%1 × %2 pixels)</source>
        <translation>the picture is too large to draw (%1 × %2 pixels)</translation>
    </message>
    <message>
        <source>the picture could not be drawn</source>
        <translation>the picture could not be drawn</translation>
    </message>
    <message>
        <source>the SVG drawing came out incomplete</source>
        <translation>the SVG drawing came out incomplete</translation>
    </message>
    <message>
        <source>the PDF document came out incomplete</source>
        <translation>the PDF document came out incomplete</translation>
    </message>
    <message>
        <source>Cannot export to &quot;%1&quot;: the folder &quot;%2&quot; does not exist.</source>
        <translation>Cannot export to &quot;%1&quot;: the folder &quot;%2&quot; does not exist.</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written</source>
        <translation>only %1 of %2 bytes could be written</translation>
    </message>
    <message>
        <source>the picture is too large: %1 × %2 pixels is more than the limit of %3 megapixels for a PNG. Choose a smaller scale, a shorter time range, or SVG or PDF</source>
        <extracomment>%1 × %2: the PNG&apos;s width and height in pixels; %3: the limit in megapixels</extracomment>
        <translation>the picture is too large: %1 × %2 pixels is more than the limit of %3 megapixels for a PNG. Choose a smaller scale, a shorter time range, or SVG or PDF</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>%1&apos;s listener on port %2</source>
        <translation>%1&apos;s listener on port %2</translation>
    </message>
    <message>
        <source>retransmission timer (RTO)</source>
        <translation>retransmission timer (RTO)</translation>
    </message>
    <message>
        <source>TIME-WAIT timer (2×MSL)</source>
        <translation>TIME-WAIT timer (2×MSL)</translation>
    </message>
    <message>
        <source>FIN-WAIT-2 timer</source>
        <translation>FIN-WAIT-2 timer</translation>
    </message>
    <message>
        <source>keepalive timer</source>
        <translation>keepalive timer</translation>
    </message>
    <message>
        <source>delayed-ACK timer</source>
        <translation>delayed-ACK timer</translation>
    </message>
    <message>
        <source>The application made a passive open: the socket waits for a SYN.</source>
        <translation>The application made a passive open: the socket waits for a SYN.</translation>
    </message>
    <message>
        <source>The application called connect(): the SYN is sent and the socket waits for the SYN,ACK.</source>
        <translation>The application called connect(): the SYN is sent and the socket waits for the SYN,ACK.</translation>
    </message>
    <message>
        <source>The application closed first (active close): a FIN is sent, meaning &quot;I will send no more data&quot;.</source>
        <translation>The application closed first (active close): a FIN is sent, meaning &quot;I will send no more data&quot;.</translation>
    </message>
    <message>
        <source>The application closed after the peer&apos;s FIN: its own FIN is sent and it waits for the last ACK.</source>
        <translation>The application closed after the peer&apos;s FIN: its own FIN is sent and it waits for the last ACK.</translation>
    </message>
    <message>
        <source>The application closed with received data still unread, so the connection is reset (RST) instead of closed with FIN (RFC 2525 §2.17).</source>
        <translation>The application closed with received data still unread, so the connection is reset (RST) instead of closed with FIN (RFC 2525 §2.17).</translation>
    </message>
    <message>
        <source>The application closed the socket; nothing needs to be sent.</source>
        <translation>The application closed the socket; nothing needs to be sent.</translation>
    </message>
    <message>
        <source>The application called shutdown(SHUT_WR): a FIN is sent, but the socket keeps receiving (half-close).</source>
        <translation>The application called shutdown(SHUT_WR): a FIN is sent, but the socket keeps receiving (half-close).</translation>
    </message>
    <message>
        <source>The application aborted the connection: it is dropped at once, with a RST if it was synchronized.</source>
        <translation>The application aborted the connection: it is dropped at once, with a RST if it was synchronized.</translation>
    </message>
    <message>
        <source>The process exited: the kernel closes its sockets for it (FIN, or RST where data was unread).</source>
        <translation>The process exited: the kernel closes its sockets for it (FIN, or RST where data was unread).</translation>
    </message>
    <message>
        <source>A SYN arrived while its own SYN was on the way (simultaneous open): it answers SYN,ACK.</source>
        <translation>A SYN arrived while its own SYN was on the way (simultaneous open): it answers SYN,ACK.</translation>
    </message>
    <message>
        <source>A SYN arrived: it answers SYN,ACK, and the half-open connection waits in the listener&apos;s SYN queue.</source>
        <translation>A SYN arrived: it answers SYN,ACK, and the half-open connection waits in the listener&apos;s SYN queue.</translation>
    </message>
    <message>
        <source>The SYN,ACK acknowledged its SYN: it sends the third segment (ACK) and the connection is open on its side.</source>
        <translation>The SYN,ACK acknowledged its SYN: it sends the third segment (ACK) and the connection is open on its side.</translation>
    </message>
    <message>
        <source>The ACK of its SYN arrived: the three-way handshake is complete and the connection moves to the accept queue.</source>
        <translation>The ACK of its SYN arrived: the three-way handshake is complete and the connection moves to the accept queue.</translation>
    </message>
    <message>
        <source>Its FIN was acknowledged: it now waits for the peer&apos;s FIN (the connection is half-closed).</source>
        <translation>Its FIN was acknowledged: it now waits for the peer&apos;s FIN (the connection is half-closed).</translation>
    </message>
    <message>
        <source>Its FIN was acknowledged after both sides had sent FIN: it waits 2×MSL in TIME-WAIT.</source>
        <translation>Its FIN was acknowledged after both sides had sent FIN: it waits 2×MSL in TIME-WAIT.</translation>
    </message>
    <message>
        <source>The ACK of its FIN arrived: the connection is closed. The passive closer does not enter TIME-WAIT.</source>
        <translation>The ACK of its FIN arrived: the connection is closed. The passive closer does not enter TIME-WAIT.</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived: it is acknowledged at once and the application is told end-of-stream; this side may still send.</source>
        <translation>The peer&apos;s FIN arrived: it is acknowledged at once and the application is told end-of-stream; this side may still send.</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived before the ACK of its own FIN: both sides are closing at once (simultaneous close).</source>
        <translation>The peer&apos;s FIN arrived before the ACK of its own FIN: both sides are closing at once (simultaneous close).</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived: it is acknowledged, and the socket waits 2×MSL in TIME-WAIT in case that last ACK is lost.</source>
        <translation>The peer&apos;s FIN arrived: it is acknowledged, and the socket waits 2×MSL in TIME-WAIT in case that last ACK is lost.</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived: the peer will send no more data.</source>
        <translation>The peer&apos;s FIN arrived: the peer will send no more data.</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived together with the ACK of its own FIN: it skips FIN-WAIT-2 and goes straight to TIME-WAIT.</source>
        <translation>The peer&apos;s FIN arrived together with the ACK of its own FIN: it skips FIN-WAIT-2 and goes straight to TIME-WAIT.</translation>
    </message>
    <message>
        <source>A RST answered its SYN: nobody listens on that port (connection refused).</source>
        <translation>A RST answered its SYN: nobody listens on that port (connection refused).</translation>
    </message>
    <message>
        <source>A RST arrived: the connection is dropped at once, with no TIME-WAIT; data in flight is lost.</source>
        <translation>A RST arrived: the connection is dropped at once, with no TIME-WAIT; data in flight is lost.</translation>
    </message>
    <message>
        <source>Every retransmission went unanswered: TCP gives up on the connection.</source>
        <translation>Every retransmission went unanswered: TCP gives up on the connection.</translation>
    </message>
    <message>
        <source>2×MSL has passed: TIME-WAIT is over, old duplicates have died out, and the connection is gone.</source>
        <translation>2×MSL has passed: TIME-WAIT is over, old duplicates have died out, and the connection is gone.</translation>
    </message>
    <message>
        <source>The closed (orphaned) socket waited too long for the peer&apos;s FIN in FIN-WAIT-2 and is dropped (Linux tcp_fin_timeout).</source>
        <translation>The closed (orphaned) socket waited too long for the peer&apos;s FIN in FIN-WAIT-2 and is dropped (Linux tcp_fin_timeout).</translation>
    </message>
    <message>
        <source>No keepalive probe was answered: the peer is taken for dead and the connection is dropped.</source>
        <translation>No keepalive probe was answered: the peer is taken for dead and the connection is dropped.</translation>
    </message>
    <message>
        <source>Teaching variant: the server counts the connection as open on the SYN alone (a two-way handshake).</source>
        <translation>Teaching variant: the server counts the connection as open on the SYN alone (a two-way handshake).</translation>
    </message>
    <message>
        <source>Teaching variant: the active closer skips TIME-WAIT and forgets the connection at once.</source>
        <translation>Teaching variant: the active closer skips TIME-WAIT and forgets the connection at once.</translation>
    </message>
    <message>
        <source>The host crashed: all its connection state is lost, and the peer is not told.</source>
        <translation>The host crashed: all its connection state is lost, and the peer is not told.</translation>
    </message>
    <message>
        <source>A new SYN with a higher sequence number ended TIME-WAIT early: a new incarnation of the connection starts (Linux).</source>
        <translation>A new SYN with a higher sequence number ended TIME-WAIT early: a new incarnation of the connection starts (Linux).</translation>
    </message>
    <message>
        <source>%1 is lost on the way: the fault plan drops it.</source>
        <translation>%1 is lost on the way: the fault plan drops it.</translation>
    </message>
    <message>
        <source>The network loses %1 (random loss).</source>
        <translation>The network loses %1 (random loss).</translation>
    </message>
    <message>
        <source>%1 arrives at %2, but that host is down: nobody receives it.</source>
        <translation>%1 arrives at %2, but that host is down: nobody receives it.</translation>
    </message>
    <message>
        <source>%1 goes nowhere: no host has the address %2 (a forged source address).</source>
        <translation>%1 goes nowhere: no host has the address %2 (a forged source address).</translation>
    </message>
    <message>
        <source>%1 drops %2: its listener&apos;s SYN queue is full. New SYNs, legitimate ones too, are lost until entries leave the queue.</source>
        <translation>%1 drops %2: its listener&apos;s SYN queue is full. New SYNs, legitimate ones too, are lost until entries leave the queue.</translation>
    </message>
    <message>
        <source>%1 drops %2: its listener&apos;s accept queue is full.</source>
        <translation>%1 drops %2: its listener&apos;s accept queue is full.</translation>
    </message>
    <message>
        <source>No socket matches the segment it answers (no connection and nobody listening on the port), so the host answers RST (RFC 9293 §3.10.7.1).</source>
        <translation>No socket matches the segment it answers (no connection and nobody listening on the port), so the host answers RST (RFC 9293 §3.10.7.1).</translation>
    </message>
    <message>
        <source>The application aborted the connection, so TCP sends RST instead of FIN.</source>
        <translation>The application aborted the connection, so TCP sends RST instead of FIN.</translation>
    </message>
    <message>
        <source>The socket was closed while received data was still unread, so TCP resets the connection instead of closing it with FIN (RFC 2525 §2.17).</source>
        <translation>The socket was closed while received data was still unread, so TCP resets the connection instead of closing it with FIN (RFC 2525 §2.17).</translation>
    </message>
    <message>
        <source>The keepalive probes went unanswered, so TCP gives up with a RST.</source>
        <translation>The keepalive probes went unanswered, so TCP gives up with a RST.</translation>
    </message>
    <message>
        <source>The segment it answers acknowledged something this side never sent (for example an old duplicate), so it answers RST (RFC 9293 §3.10.7).</source>
        <translation>The segment it answers acknowledged something this side never sent (for example an old duplicate), so it answers RST (RFC 9293 §3.10.7).</translation>
    </message>
    <message>
        <source>A keepalive probe: its seq is one below the next new byte, so %1 must answer with an ACK if it is still there.</source>
        <translation>A keepalive probe: its seq is one below the next new byte, so %1 must answer with an ACK if it is still there.</translation>
    </message>
    <message>
        <source>seq=%1 is %2&apos;s initial sequence number (ISN). The SYN uses one sequence number, so the answer will be ack=%3.</source>
        <translation>seq=%1 is %2&apos;s initial sequence number (ISN). The SYN uses one sequence number, so the answer will be ack=%3.</translation>
    </message>
    <message>
        <source>seq=%1 is %2&apos;s own ISN. ack=%3: the next byte %2 expects from %4; %4&apos;s SYN with seq=%5 used one sequence number.</source>
        <translation>seq=%1 is %2&apos;s own ISN. ack=%3: the next byte %2 expects from %4; %4&apos;s SYN with seq=%5 used one sequence number.</translation>
    </message>
    <message>
        <source>len=%1, so %2 will answer ack=%3 (seq + len, not seq + 1).</source>
        <translation>len=%1, so %2 will answer ack=%3 (seq + len, not seq + 1).</translation>
    </message>
    <message>
        <source>FIN means %1 will send no more data. It uses one sequence number, so the answer is ack=%2 (seq + 1).</source>
        <translation>FIN means %1 will send no more data. It uses one sequence number, so the answer is ack=%2 (seq + 1).</translation>
    </message>
    <message>
        <source>ack=%1: %2 has received everything before byte %1 and expects that byte next.</source>
        <translation>ack=%1: %2 has received everything before byte %1 and expects that byte next.</translation>
    </message>
    <message>
        <source>%1&apos;s application calls listen() on port %2 (passive open).</source>
        <translation>%1&apos;s application calls listen() on port %2 (passive open).</translation>
    </message>
    <message>
        <source>%1&apos;s application calls connect() to %2 (active open).</source>
        <translation>%1&apos;s application calls connect() to %2 (active open).</translation>
    </message>
    <message>
        <source>%1&apos;s application hands %2 bytes to TCP to send.</source>
        <translation>%1&apos;s application hands %2 bytes to TCP to send.</translation>
    </message>
    <message>
        <source>%1&apos;s application calls shutdown(SHUT_WR): it will send no more data but keeps receiving.</source>
        <translation>%1&apos;s application calls shutdown(SHUT_WR): it will send no more data but keeps receiving.</translation>
    </message>
    <message>
        <source>%1&apos;s application calls close().</source>
        <translation>%1&apos;s application calls close().</translation>
    </message>
    <message>
        <source>%1&apos;s application aborts the connection.</source>
        <translation>%1&apos;s application aborts the connection.</translation>
    </message>
    <message>
        <source>%1&apos;s application reads the data received so far.</source>
        <translation>%1&apos;s application reads the data received so far.</translation>
    </message>
    <message>
        <source>%1 starts a SYN flood: SYNs with forged source addresses that will never complete the handshake.</source>
        <translation>%1 starts a SYN flood: SYNs with forged source addresses that will never complete the handshake.</translation>
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation>%1: %2 → %3.</translation>
    </message>
    <message>
        <source>%1 sends %2.</source>
        <translation>%1 sends %2.</translation>
    </message>
    <message>
        <source>%1 retransmits %2: the retransmission timer expired before an ACK for it came back.</source>
        <translation>%1 retransmits %2: the retransmission timer expired before an ACK for it came back.</translation>
    </message>
    <message>
        <source>The network duplicates %1: an extra copy, not a retransmission, arrives %2 later.</source>
        <translation>The network duplicates %1: an extra copy, not a retransmission, arrives %2 later.</translation>
    </message>
    <message>
        <source>The fault plan delays it by %1.</source>
        <translation>The fault plan delays it by %1.</translation>
    </message>
    <message>
        <source>%1 receives %2, but no socket matches it.</source>
        <translation>%1 receives %2, but no socket matches it.</translation>
    </message>
    <message>
        <source>%1 receives %2.</source>
        <translation>%1 receives %2.</translation>
    </message>
    <message>
        <source>%1 starts its retransmission timer (%2): if no ACK comes by then, it sends again.</source>
        <translation>%1 starts its retransmission timer (%2): if no ACK comes by then, it sends again.</translation>
    </message>
    <message>
        <source>%1 starts the 2×MSL timer: it stays in TIME-WAIT for %2.</source>
        <translation>%1 starts the 2×MSL timer: it stays in TIME-WAIT for %2.</translation>
    </message>
    <message>
        <source>%1 starts the FIN-WAIT-2 timer (%2): a closed socket does not wait forever for the peer&apos;s FIN.</source>
        <translation>%1 starts the FIN-WAIT-2 timer (%2): a closed socket does not wait forever for the peer&apos;s FIN.</translation>
    </message>
    <message>
        <source>%1 starts the keepalive timer (%2): if the connection stays idle that long, it probes the peer.</source>
        <translation>%1 starts the keepalive timer (%2): if the connection stays idle that long, it probes the peer.</translation>
    </message>
    <message>
        <source>%1 delays its ACK (%2), hoping to send it together with data.</source>
        <translation>%1 delays its ACK (%2), hoping to send it together with data.</translation>
    </message>
    <message>
        <source>%1&apos;s retransmission timer expires: no ACK came in time.</source>
        <translation>%1&apos;s retransmission timer expires: no ACK came in time.</translation>
    </message>
    <message>
        <source>%1&apos;s 2×MSL timer expires.</source>
        <translation>%1&apos;s 2×MSL timer expires.</translation>
    </message>
    <message>
        <source>%1&apos;s FIN-WAIT-2 timer expires: the peer&apos;s FIN never came.</source>
        <translation>%1&apos;s FIN-WAIT-2 timer expires: the peer&apos;s FIN never came.</translation>
    </message>
    <message>
        <source>%1&apos;s keepalive timer expires: the connection has been idle, so it probes the peer.</source>
        <translation>%1&apos;s keepalive timer expires: the connection has been idle, so it probes the peer.</translation>
    </message>
    <message>
        <source>%1&apos;s delayed-ACK timer expires: it sends the ACK now.</source>
        <translation>%1&apos;s delayed-ACK timer expires: it sends the ACK now.</translation>
    </message>
    <message>
        <source>%1 stops its retransmission timer: everything it sent so far is acknowledged.</source>
        <translation>%1 stops its retransmission timer: everything it sent so far is acknowledged.</translation>
    </message>
    <message>
        <source>%1 cancels its %2.</source>
        <translation>%1 cancels its %2.</translation>
    </message>
    <message>
        <source>%1&apos;s application is told the connection is established (connect() or accept() returns).</source>
        <translation>%1&apos;s application is told the connection is established (connect() or accept() returns).</translation>
    </message>
    <message>
        <source>%1&apos;s application receives %2 bytes: &quot;%3&quot;.</source>
        <translation>%1&apos;s application receives %2 bytes: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1&apos;s application reads end-of-stream (read() returns 0): the peer will send no more.</source>
        <translation>%1&apos;s application reads end-of-stream (read() returns 0): the peer will send no more.</translation>
    </message>
    <message>
        <source>%1&apos;s application gets &quot;connection reset&quot; (ECONNRESET).</source>
        <translation>%1&apos;s application gets &quot;connection reset&quot; (ECONNRESET).</translation>
    </message>
    <message>
        <source>%1&apos;s connect() fails with &quot;connection refused&quot; (ECONNREFUSED).</source>
        <translation>%1&apos;s connect() fails with &quot;connection refused&quot; (ECONNREFUSED).</translation>
    </message>
    <message>
        <source>%1&apos;s application gets &quot;connection timed out&quot; (ETIMEDOUT).</source>
        <translation>%1&apos;s application gets &quot;connection timed out&quot; (ETIMEDOUT).</translation>
    </message>
    <message>
        <source>%1&apos;s connection is gone.</source>
        <translation>%1&apos;s connection is gone.</translation>
    </message>
    <message>
        <source>%1&apos;s SYN queue is full: it drops new SYNs instead of answering them.</source>
        <translation>%1&apos;s SYN queue is full: it drops new SYNs instead of answering them.</translation>
    </message>
    <message>
        <source>%1&apos;s accept queue is full.</source>
        <translation>%1&apos;s accept queue is full.</translation>
    </message>
    <message>
        <source>%1&apos;s connect() fails with EADDRINUSE: the same four addresses are still held by an earlier connection.</source>
        <translation>%1&apos;s connect() fails with EADDRINUSE: the same four addresses are still held by an earlier connection.</translation>
    </message>
    <message>
        <source>Host %1 crashes: it loses all connection state and answers nothing.</source>
        <translation>Host %1 crashes: it loses all connection state and answers nothing.</translation>
    </message>
    <message>
        <source>Host %1 reboots: it answers again but remembers no connection, so old segments get RST.</source>
        <translation>Host %1 reboots: it answers again but remembers no connection, so old segments get RST.</translation>
    </message>
    <message>
        <source>The process on %1 is killed: the kernel still closes its sockets (FIN, or RST where data was unread).</source>
        <translation>The process on %1 is killed: the kernel still closes its sockets (FIN, or RST where data was unread).</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of this catalogue: zh_CN in the Chinese one (not shown to users).</extracomment>
        <translation>en</translation>
    </message>
    <message>
        <source>The final ACK brought back a valid SYN cookie: the connection opens without ever having taken a place in the SYN queue (RFC 4987).</source>
        <translation>The final ACK brought back a valid SYN cookie: the connection opens without ever having taken a place in the SYN queue (RFC 4987).</translation>
    </message>
    <message>
        <source>seq=%1 is a SYN cookie: %2&apos;s SYN queue is full, so instead of keeping state it encodes the connection in its ISN. If %3&apos;s ACK comes back with ack=%4, the cookie proves the handshake (RFC 4987).</source>
        <translation>seq=%1 is a SYN cookie: %2&apos;s SYN queue is full, so instead of keeping state it encodes the connection in its ISN. If %3&apos;s ACK comes back with ack=%4, the cookie proves the handshake (RFC 4987).</translation>
    </message>
    <message>
        <source>ack=%1: the next byte %2 expects from %3; %3&apos;s SYN with seq=%4 used one sequence number.</source>
        <translation>ack=%1: the next byte %2 expects from %3; %3&apos;s SYN with seq=%4 used one sequence number.</translation>
    </message>
    <message>
        <source>%1 receives the network&apos;s extra copy of %2: a duplicate of a segment that already arrived.</source>
        <translation>%1 receives the network&apos;s extra copy of %2: a duplicate of a segment that already arrived.</translation>
    </message>
    <message>
        <source>New data arrived after the application had closed the socket; nobody can read it, so TCP resets the connection instead of acknowledging it (RFC 1122 §4.2.2.13).</source>
        <translation>New data arrived after the application had closed the socket; nobody can read it, so TCP resets the connection instead of acknowledging it (RFC 1122 §4.2.2.13).</translation>
    </message>
    <message>
        <source>Fault %1 of the fault list matched no segment of %2 in this run, so it changed nothing.</source>
        <translation>Fault %1 of the fault list matched no segment of %2 in this run, so it changed nothing.</translation>
    </message>
    <message>
        <source>It is a hand-made segment: no TCP endpoint of its sender chose to send it. A receiver that finds its sequence number in the window cannot tell it from a real one (RFC 5961).</source>
        <translation>It is a hand-made segment: no TCP endpoint of its sender chose to send it. A receiver that finds its sequence number in the window cannot tell it from a real one (RFC 5961).</translation>
    </message>
    <message>
        <source>A hand-made segment: %1 wrote its addresses and numbers itself, as a raw socket or a middlebox does; no connection of %1 knows about it.</source>
        <translation>A hand-made segment: %1 wrote its addresses and numbers itself, as a raw socket or a middlebox does; no connection of %1 knows about it.</translation>
    </message>
    <message>
        <source>%1 sends a segment it made by hand.</source>
        <translation>%1 sends a segment it made by hand.</translation>
    </message>
    <message>
        <source>persist timer</source>
        <translation>persist timer</translation>
    </message>
    <message>
        <source>%1&apos;s application calls send(), but its connection takes no more data.</source>
        <translation>%1&apos;s application calls send(), but its connection takes no more data.</translation>
    </message>
    <message>
        <source>%1 starts its persist timer (%2): the peer&apos;s window is zero, so it will probe whether it has opened.</source>
        <translation>%1 starts its persist timer (%2): the peer&apos;s window is zero, so it will probe whether it has opened.</translation>
    </message>
    <message>
        <source>%1&apos;s persist timer expires: it sends a zero-window probe, one byte beyond the closed window, so the answer repeats the peer&apos;s window (RFC 9293 §3.8.6.1).</source>
        <translation>%1&apos;s persist timer expires: it sends a zero-window probe, one byte beyond the closed window, so the answer repeats the peer&apos;s window (RFC 9293 §3.8.6.1).</translation>
    </message>
    <message>
        <source>%1&apos;s send() fails with &quot;broken pipe&quot; (EPIPE): its sending side is shut down or the connection is gone.</source>
        <translation>%1&apos;s send() fails with &quot;broken pipe&quot; (EPIPE): its sending side is shut down or the connection is gone.</translation>
    </message>
    <message>
        <source>A SYN with a new sequence number reached a half-open connection. Linux answers it with RST and forgets the connection request (tcp_check_req); RFC 9293 §3.10.7.4 would go back to LISTEN without an answer.</source>
        <translation>A SYN with a new sequence number reached a half-open connection. Linux answers it with RST and forgets the connection request (tcp_check_req); RFC 9293 §3.10.7.4 would go back to LISTEN without an answer.</translation>
    </message>
</context>
<context>
    <name>SequenceDiagram</name>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>2MSL</source>
        <translation>2MSL</translation>
    </message>
    <message>
        <source>FIN-WAIT-2 timer</source>
        <translation>FIN-WAIT-2 timer</translation>
    </message>
    <message>
        <source>keepalive</source>
        <translation>keepalive</translation>
    </message>
    <message>
        <source>delayed ACK</source>
        <translation>delayed ACK</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <source>host down</source>
        <translation>host down</translation>
    </message>
    <message>
        <source>no such host</source>
        <translation>no such host</translation>
    </message>
    <message>
        <source>SYN queue full</source>
        <translation>SYN queue full</translation>
    </message>
    <message>
        <source>accept queue full</source>
        <translation>accept queue full</translation>
    </message>
    <message>
        <source>%1 (forged sources)</source>
        <translation>%1 (forged sources)</translation>
    </message>
    <message>
        <source>(unknown addresses)</source>
        <translation>(unknown addresses)</translation>
    </message>
    <message>
        <source>… %1 …</source>
        <translation>… %1 …</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>retransmission</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>+%1 delay</source>
        <translation>+%1 delay</translation>
    </message>
    <message>
        <source>keepalive probe</source>
        <translation>keepalive probe</translation>
    </message>
    <message>
        <source>%1 → %2: %3 forged SYNs, %4/s</source>
        <translation>%1 → %2: %3 forged SYNs, %4/s</translation>
    </message>
    <message>
        <source>%1 of them dropped: SYN queue full</source>
        <translation>%1 of them dropped: SYN queue full</translation>
    </message>
    <message>
        <source>%1 → forged addresses: %2 SYN,ACKs</source>
        <translation>%1 → forged addresses: %2 SYN,ACKs</translation>
    </message>
    <message>
        <source>%1 → forged addresses: %2 segments</source>
        <translation>%1 → forged addresses: %2 segments</translation>
    </message>
    <message>
        <source>SYN queue: %1 half-open</source>
        <translation>SYN queue: %1 half-open</translation>
    </message>
    <message>
        <source>SYN queue full: %1 half-open</source>
        <translation>SYN queue full: %1 half-open</translation>
    </message>
    <message>
        <source>SYN queue empty</source>
        <translation>SYN queue empty</translation>
    </message>
    <message>
        <source>persist</source>
        <translation>persist</translation>
    </message>
</context>
<context>
    <name>SettingMessages</name>
    <message>
        <source>%1: unknown setting</source>
        <translation>%1: unknown setting</translation>
    </message>
    <message>
        <source>%1: expected two different host names, e.g. %2.A&gt;B</source>
        <translation>%1: expected two different host names, e.g. %2.A&gt;B</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>&apos;%1&apos; is not true or false</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (expected %2)</source>
        <translation>unknown value &apos;%1&apos; (expected %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number between 0 and %2</source>
        <translation>&apos;%1&apos; is not a whole number between 0 and %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; is not a number</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; is not a whole number</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>must be one of %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <source>host %1: </source>
        <translation>host %1: </translation>
    </message>
    <message>
        <source>%1 (%2) %3 %4 (%5)</source>
        <translation>%1 (%2) %3 %4 (%5)</translation>
    </message>
    <message>
        <source>must not exceed</source>
        <translation>must not exceed</translation>
    </message>
    <message>
        <source>must not be less than</source>
        <translation>must not be less than</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>needs a value</translation>
    </message>
    <message>
        <source>expects a %1 value, not %2</source>
        <translation>expects a %1 value, not %2</translation>
    </message>
</context>
<context>
    <name>StateDiagramExporter</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <translation>At %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TCP Connection Lab: watch and break TCP connections.</source>
        <translation>TCP Connection Lab: watch and break TCP connections.</translation>
    </message>
    <message>
        <source>Language: zh_CN or en.</source>
        <translation>Language: zh_CN or en.</translation>
    </message>
    <message>
        <source>Open a built-in scenario by id, or a scenario file.</source>
        <translation>Open a built-in scenario by id, or a scenario file.</translation>
    </message>
    <message>
        <source>Put the playhead at this time (e.g. 120ms, 1.5s).</source>
        <translation>Put the playhead at this time (e.g. 120ms, 1.5s).</translation>
    </message>
    <message>
        <source>Drop a segment, e.g. A#1 (repeatable).</source>
        <translation>Drop a segment, e.g. A#1 (repeatable).</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit (uses fresh settings).</source>
        <translation>Save a picture of the window to this PNG file and quit (uses fresh settings).</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1500x900.</source>
        <translation>Window size for --screenshot, e.g. 1500x900.</translation>
    </message>
    <message>
        <source>Bring this dock to the front, e.g. settingsDock.</source>
        <translation>Bring this dock to the front, e.g. settingsDock.</translation>
    </message>
    <message>
        <source>Select this segment (its number in the trace), as a click would.</source>
        <translation>Select this segment (its number in the trace), as a click would.</translation>
    </message>
    <message>
        <source>Show the first-start welcome in a --screenshot run too.</source>
        <translation>Show the first-start welcome in a --screenshot run too.</translation>
    </message>
    <message>
        <source>tcplab: could not write to standard output
</source>
        <translation>tcplab: could not write to standard output
</translation>
    </message>
    <message>
        <source>tcplab: give one scenario: a file, --scenario ID|FILE or --present ID|FILE</source>
        <translation>tcplab: give one scenario: a file, --scenario ID|FILE or --present ID|FILE</translation>
    </message>
    <message>
        <source>Open a built-in scenario by id, or a scenario file, in presenter mode (full screen; Esc leaves it).</source>
        <translation>Open a built-in scenario by id, or a scenario file, in presenter mode (full screen; Esc leaves it).</translation>
    </message>
    <message>
        <source>Show the run beside another: &quot;shipped&quot;, &quot;variant&quot; or, for a capture, &quot;model&quot;.</source>
        <translation>Show the run beside another: &quot;shipped&quot;, &quot;variant&quot; or, for a capture, &quot;model&quot;.</translation>
    </message>
    <message>
        <source>Open a pcap or pcapng capture and choose one of its TCP connections.</source>
        <translation>Open a pcap or pcapng capture and choose one of its TCP connections.</translation>
    </message>
    <message>
        <source>A scenario file, or a .pcapng or .pcap capture, to open.</source>
        <translation>A scenario file, or a .pcapng or .pcap capture, to open.</translation>
    </message>
</context>
<context>
    <name>tcplab::ActionPanel</name>
    <message>
        <source>Send Data</source>
        <translation>Send Data</translation>
    </message>
    <message>
        <source>Data that %1 sends:</source>
        <translation>Data that %1 sends:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Send Data…</source>
        <translation>Send Data…</translation>
    </message>
    <message>
        <source>Shut Down Sending</source>
        <translation>Shut Down Sending</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Abort (RST)</source>
        <translation>Abort (RST)</translation>
    </message>
    <message>
        <source>Crash Host</source>
        <translation>Crash Host</translation>
    </message>
    <message>
        <source>Reboot Host</source>
        <translation>Reboot Host</translation>
    </message>
    <message>
        <source>Kill Process</source>
        <translation>Kill Process</translation>
    </message>
    <message>
        <source>Active open: send a SYN to the listening host.</source>
        <translation>Active open: send a SYN to the listening host.</translation>
    </message>
    <message>
        <source>Queue application data on the connection.</source>
        <translation>Queue application data on the connection.</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): send FIN but keep receiving (half-close).</source>
        <translation>shutdown(SHUT_WR): send FIN but keep receiving (half-close).</translation>
    </message>
    <message>
        <source>close(): send FIN; the socket is gone for the application.</source>
        <translation>close(): send FIN; the socket is gone for the application.</translation>
    </message>
    <message>
        <source>Abort the connection at once with RST; no TIME-WAIT.</source>
        <translation>Abort the connection at once with RST; no TIME-WAIT.</translation>
    </message>
    <message>
        <source>The host stops answering and loses every connection&apos;s state.</source>
        <translation>The host stops answering and loses every connection&apos;s state.</translation>
    </message>
    <message>
        <source>The crashed host answers again, knowing no connection.</source>
        <translation>The crashed host answers again, knowing no connection.</translation>
    </message>
    <message>
        <source>The process exits; the kernel closes its sockets (FIN, or RST with unread data).</source>
        <translation>The process exits; the kernel closes its sockets (FIN, or RST with unread data).</translation>
    </message>
    <message>
        <source>Added at the playhead, t = %1 s</source>
        <translation>Added at the playhead, t = %1 s</translation>
    </message>
</context>
<context>
    <name>tcplab::CaptureActions</name>
    <message>
        <source>This is a capture: it shows what happened on a real network, so its segments cannot be dropped, delayed or duplicated. Use View ▸ Compare ▸ With the Model to see the simulated run of the same story.</source>
        <translation>This is a capture: it shows what happened on a real network, so its segments cannot be dropped, delayed or duplicated. Use View ▸ Compare ▸ With the Model to see the simulated run of the same story.</translation>
    </message>
    <message>
        <source>Open Capture</source>
        <translation>Open Capture</translation>
    </message>
    <message>
        <source>Captures (*.pcapng *.pcap *.cap);;All files (*)</source>
        <translation>Captures (*.pcapng *.pcap *.cap);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot Open Capture</source>
        <translation>Cannot Open Capture</translation>
    </message>
    <message>
        <source>“%1” could not be read as a capture:

%2</source>
        <translation>“%1” could not be read as a capture:

%2</translation>
    </message>
    <message>
        <source>“%1” holds no TCP connection.</source>
        <translation>“%1” holds no TCP connection.</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) read.</source>
        <translation><numerusform>%n frame read.</numerusform><numerusform>%n frames read.</numerusform></translation>
    </message>
    <message>
        <source>Connection %1 of “%2” could not be read:

%3</source>
        <translation>Connection %1 of “%2” could not be read:

%3</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>This is a capture, not a scenario: there is nothing of yours to save. Its story can be run with View ▸ Compare ▸ With the Model.</source>
        <translation>This is a capture, not a scenario: there is nothing of yours to save. Its story can be run with View ▸ Compare ▸ With the Model.</translation>
    </message>
    <message>
        <source>This is a capture already: the file it came from holds these segments.</source>
        <translation>This is a capture already: the file it came from holds these segments.</translation>
    </message>
</context>
<context>
    <name>tcplab::CaptureExportDialog</name>
    <message>
        <source>Export Capture</source>
        <translation>Export Capture</translation>
    </message>
    <message>
        <source>On the wire: every segment once, in the middle of its way</source>
        <translation>On the wire: every segment once, in the middle of its way</translation>
    </message>
    <message>
        <source>At %1&apos;s interface: what %1 sent and what reached it</source>
        <translation>At %1&apos;s interface: what %1 sent and what reached it</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Capture point:</source>
        <translation>Capture point:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>pcapng capture (*.pcapng)</source>
        <translation>pcapng capture (*.pcapng)</translation>
    </message>
    <message>
        <source>pcap capture, the classic format (*.pcap)</source>
        <translation>pcap capture, the classic format (*.pcap)</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Give the file a name.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 is a folder; give a file name.</translation>
    </message>
    <message>
        <source>The capture could not be written: %1</source>
        <translation>The capture could not be written: %1</translation>
    </message>
</context>
<context>
    <name>tcplab::CapturePanel</name>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Sent (s)</source>
        <translation>Sent (s)</translation>
    </message>
    <message>
        <source>Arrived (s)</source>
        <translation>Arrived (s)</translation>
    </message>
    <message>
        <source>Inferred</source>
        <translation>Inferred</translation>
    </message>
    <message>
        <source>A simulated run: every time and every loss is known. Open a capture (File ▸ Open Capture…) to see what an observer can and cannot know.</source>
        <translation>A simulated run: every time and every loss is known. Open a capture (File ▸ Open Capture…) to see what an observer can and cannot know.</translation>
    </message>
    <message>
        <source>at A&apos;s interface</source>
        <translation>at A&apos;s interface</translation>
    </message>
    <message>
        <source>at B&apos;s interface</source>
        <translation>at B&apos;s interface</translation>
    </message>
    <message>
        <source>on the path between A and B</source>
        <translation>on the path between A and B</translation>
    </message>
    <message>
        <source>A (opened it): %1</source>
        <translation>A (opened it): %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Captured %1 (the file says so).</source>
        <translation>Captured %1 (the file says so).</translation>
    </message>
    <message>
        <source>Captured %1, judged from the timing.</source>
        <translation>Captured %1, judged from the timing.</translation>
    </message>
    <message>
        <source>One-way delay about %1 s, taken as the same both ways.</source>
        <translation>One-way delay about %1 s, taken as the same both ways.</translation>
    </message>
    <message>
        <source>Delay unknown: nothing was acknowledged.</source>
        <translation>Delay unknown: nothing was acknowledged.</translation>
    </message>
    <message>
        <source>The handshake is not in the capture: both sides are shown as CLOSED until their first segment.</source>
        <translation>The handshake is not in the capture: both sides are shown as CLOSED until their first segment.</translation>
    </message>
    <message>
        <source>≈ marks a time worked out rather than seen. Timers, application calls and what the application read are not on the wire.</source>
        <translation>≈ marks a time worked out rather than seen. Timers, application calls and what the application read are not on the wire.</translation>
    </message>
    <message>
        <source>lost after the capture point</source>
        <translation>lost after the capture point</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>out of order</translation>
    </message>
    <message>
        <source>payload cut: %1 of %2 bytes captured</source>
        <translation>payload cut: %1 of %2 bytes captured</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
</context>
<context>
    <name>tcplab::CommandLine</name>
    <message>
        <source>capture: missing --out FILE</source>
        <translation>capture: missing --out FILE</translation>
    </message>
    <message>
        <source>--point &apos;%1&apos;: expected wire or a host (%2)</source>
        <translation>--point &apos;%1&apos;: expected wire or a host (%2)</translation>
    </message>
    <message>
        <source>simulate a scenario and save it as a pcap/pcapng capture</source>
        <translation>simulate a scenario and save it as a pcap/pcapng capture</translation>
    </message>
    <message>
        <source>could not write to standard output</source>
        <translation>could not write to standard output</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help       show this help; `tcplab-cli COMMAND --help` for one command
  -v, --version    show the version
  --lang zh_CN|en  the language of messages and help (default: the locale&apos;s,
                   from LC_ALL, LC_MESSAGES or LANG); for export and layout
                   also of the diagram&apos;s words (default: en). Anywhere on the
                   command line.

Exit status: 0 on success, 2 for bad usage, an unknown scenario or a bad file,
1 when the output cannot be written.
</source>
        <translation>
Options:
  -h, --help       show this help; `tcplab-cli COMMAND --help` for one command
  -v, --version    show the version
  --lang zh_CN|en  the language of messages and help (default: the locale&apos;s,
                   from LC_ALL, LC_MESSAGES or LANG); for export and layout
                   also of the diagram&apos;s words (default: en). Anywhere on the
                   command line.

Exit status: 0 on success, 2 for bad usage, an unknown scenario or a bad file,
1 when the output cannot be written.
</translation>
    </message>
    <message>
        <source>--lang: missing the language (zh_CN or en)</source>
        <translation>--lang: missing the language (zh_CN or en)</translation>
    </message>
    <message>
        <source>--lang &apos;%1&apos;: expected zh_CN or en</source>
        <translation>--lang &apos;%1&apos;: expected zh_CN or en</translation>
    </message>
    <message>
        <source>missing the command (%1)</source>
        <translation>missing the command (%1)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unknown option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Try &apos;tcplab-cli --help&apos;.
</source>
        <translation>Try &apos;tcplab-cli --help&apos;.
</translation>
    </message>
    <message>
        <source>Try &apos;tcplab-cli %1 --help&apos;.
</source>
        <translation>Try &apos;tcplab-cli %1 --help&apos;.
</translation>
    </message>
    <message>
        <source>--out &apos;%1&apos;: the folder &apos;%2&apos; does not exist</source>
        <translation>--out &apos;%1&apos;: the folder &apos;%2&apos; does not exist</translation>
    </message>
    <message>
        <source>--out &apos;%1&apos;: is a folder; give a file name</source>
        <translation>--out &apos;%1&apos;: is a folder; give a file name</translation>
    </message>
    <message>
        <source>--steps writes into a folder; leave out --out</source>
        <translation>--steps writes into a folder; leave out --out</translation>
    </message>
    <message>
        <source>--steps and --state-diagram cannot be combined</source>
        <translation>--steps and --state-diagram cannot be combined</translation>
    </message>
    <message>
        <source>--at is for --state-diagram; use --from/--to for a range</source>
        <translation>--at is for --state-diagram; use --from/--to for a range</translation>
    </message>
    <message>
        <source>--scale and --dpi both set the PNG size; give one</source>
        <translation>--scale and --dpi both set the PNG size; give one</translation>
    </message>
    <message>
        <source>--preset &apos;%1&apos;: expected slides or standard</source>
        <translation>--preset &apos;%1&apos;: expected slides or standard</translation>
    </message>
    <message>
        <source>--preset slides sets the size (1920x1080); leave out --scale, --dpi and --pages</source>
        <translation>--preset slides sets the size (1920x1080); leave out --scale, --dpi and --pages</translation>
    </message>
    <message>
        <source>--compare cannot be combined with --steps or --state-diagram</source>
        <translation>--compare cannot be combined with --steps or --state-diagram</translation>
    </message>
    <message>
        <source>--compare &apos;%1&apos;: expected shipped, standard, two-way-handshake or no-time-wait</source>
        <translation>--compare &apos;%1&apos;: expected shipped, standard, two-way-handshake or no-time-wait</translation>
    </message>
    <message>
        <source>--scale &apos;%1&apos;: expected a number from 0.25 to 8</source>
        <translation>--scale &apos;%1&apos;: expected a number from 0.25 to 8</translation>
    </message>
    <message>
        <source>--dpi &apos;%1&apos;: expected a whole number from 24 to 768</source>
        <translation>--dpi &apos;%1&apos;: expected a whole number from 24 to 768</translation>
    </message>
    <message>
        <source>--pages &apos;%1&apos;: expected single, a4 or letter</source>
        <translation>--pages &apos;%1&apos;: expected single, a4 or letter</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos;: expected a duration, e.g. 300ms, 1.5s, 2min</source>
        <translation>--%1 &apos;%2&apos;: expected a duration, e.g. 300ms, 1.5s, 2min</translation>
    </message>
    <message>
        <source>empty range: --to %1 is not after --from %2</source>
        <translation>empty range: --to %1 is not after --from %2</translation>
    </message>
    <message>
        <source>--at &apos;%1&apos;: expected a duration, e.g. 300ms, 1.5s</source>
        <translation>--at &apos;%1&apos;: expected a duration, e.g. 300ms, 1.5s</translation>
    </message>
    <message>
        <source>--steps &apos;%1&apos;: the folder does not exist</source>
        <translation>--steps &apos;%1&apos;: the folder does not exist</translation>
    </message>
    <message>
        <source>--lang %1: the translation catalogue :/i18n/tcplab_%1.qm is missing from this build</source>
        <translation>--lang %1: the translation catalogue :/i18n/tcplab_%1.qm is missing from this build</translation>
    </message>
    <message>
        <source>empty range: no event of the run (which ends at %1 s) lies in it</source>
        <translation>empty range: no event of the run (which ends at %1 s) lies in it</translation>
    </message>
    <message>
        <source>Usage: tcplab-cli import FILE [options]
Reads a pcap or pcapng capture (Wireshark, tcpdump, `tcplab-cli capture`) and lists
its TCP connections like Wireshark&apos;s Conversations window: endpoints (A opened the
connection), packets, bytes on the wire, start and duration, and how it ended.
With --connection, prints that connection as a trace in the formats of `run`, with
the states of both ends inferred from the segments (RFC 9293 §3.10).

Options:
  --connection N       print connection N (the # column) as a trace
  --format text|jsonl  the trace&apos;s format (default text), as for `run`
  --point A|B|wire     where the capture was taken: at A&apos;s or B&apos;s interface or on the
                       path between; worked out from the timing when not given

Frames that are not usable TCP segments (other protocols, truncated frames, IP
fragments, impossible TCP options) are skipped and counted. See docs/captures.md.
</source>
        <translation>Usage: tcplab-cli import FILE [options]
Reads a pcap or pcapng capture (Wireshark, tcpdump, `tcplab-cli capture`) and lists
its TCP connections like Wireshark&apos;s Conversations window: endpoints (A opened the
connection), packets, bytes on the wire, start and duration, and how it ended.
With --connection, prints that connection as a trace in the formats of `run`, with
the states of both ends inferred from the segments (RFC 9293 §3.10).

Options:
  --connection N       print connection N (the # column) as a trace
  --format text|jsonl  the trace&apos;s format (default text), as for `run`
  --point A|B|wire     where the capture was taken: at A&apos;s or B&apos;s interface or on the
                       path between; worked out from the timing when not given

Frames that are not usable TCP segments (other protocols, truncated frames, IP
fragments, impossible TCP options) are skipped and counted. See docs/captures.md.
</translation>
    </message>
    <message>
        <source>Usage: tcplab-cli capture ID|FILE --out FILE [options]
Simulates a scenario and saves the segments one capture point saw as a capture file
for Wireshark or tcpdump: Ethernet, IPv4 and TCP with correct checksums, timestamps
from the virtual time (time 0 is 2022-08-18 00:00:00 UTC).

Options:
  --out FILE           the file to write; FILE.pcap is libpcap format, anything else
                       pcapng (with the scenario, the faults and the capture point as
                       comments)
%1%2
See docs/captures.md for what each capture point sees and when.
</source>
        <translation>Usage: tcplab-cli capture ID|FILE --out FILE [options]
Simulates a scenario and saves the segments one capture point saw as a capture file
for Wireshark or tcpdump: Ethernet, IPv4 and TCP with correct checksums, timestamps
from the virtual time (time 0 is 2022-08-18 00:00:00 UTC).

Options:
  --out FILE           the file to write; FILE.pcap is libpcap format, anything else
                       pcapng (with the scenario, the faults and the capture point as
                       comments)
%1%2
See docs/captures.md for what each capture point sees and when.
</translation>
    </message>
    <message>
        <source>  --point HOST|wire    where to capture: at a host&apos;s interface (A, B: what it sent and
                       what reached it) or on the wire (default: a tap in the middle of
                       the path that sees every segment once, also those lost after it)
</source>
        <translation>  --point HOST|wire    where to capture: at a host&apos;s interface (A, B: what it sent and
                       what reached it) or on the wire (default: a tap in the middle of
                       the path that sees every segment once, also those lost after it)
</translation>
    </message>
    <message>
        <source>Usage: tcplab-cli COMMAND [options]
Runs tcplab&apos;s TCP scenarios without the window: traces as text or JSON lines,
and diagrams as PNG, SVG or PDF.

Commands:
</source>
        <translation>Usage: tcplab-cli COMMAND [options]
Runs tcplab&apos;s TCP scenarios without the window: traces as text or JSON lines,
and diagrams as PNG, SVG or PDF.

Commands:
</translation>
    </message>
    <message>
        <source>--out &apos;%1&apos;: unknown file type &apos;%2&apos;; use .png, .svg, .pdf, .pcapng or .pcap</source>
        <translation>--out &apos;%1&apos;: unknown file type &apos;%2&apos;; use .png, .svg, .pdf, .pcapng or .pcap</translation>
    </message>
    <message>
        <source>--%1 is for images; a capture (%2) takes --point and the scenario options</source>
        <translation>--%1 is for images; a capture (%2) takes --point and the scenario options</translation>
    </message>
    <message>
        <source>--point is for captures: give --out a .pcapng or .pcap file</source>
        <translation>--point is for captures: give --out a .pcapng or .pcap file</translation>
    </message>
    <message>
        <source>export: missing --out PATH (a .png, .svg, .pdf, .pcapng or .pcap file) or --steps DIR</source>
        <translation>export: missing --out PATH (a .png, .svg, .pdf, .pcapng or .pcap file) or --steps DIR</translation>
    </message>
    <message>
        <source>draw a scenario&apos;s diagram to PNG, SVG or PDF, or save it as a capture</source>
        <translation>draw a scenario&apos;s diagram to PNG, SVG or PDF, or save it as a capture</translation>
    </message>
    <message>
        <source>at A&apos;s interface</source>
        <translation>at A&apos;s interface</translation>
    </message>
    <message>
        <source>at B&apos;s interface</source>
        <translation>at B&apos;s interface</translation>
    </message>
    <message>
        <source>on the path between</source>
        <translation>on the path between</translation>
    </message>
    <message>
        <source>A = %1, B = %2; captured %3 (%4)</source>
        <translation>A = %1, B = %2; captured %3 (%4)</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>as given</translation>
    </message>
    <message>
        <source>from the timing</source>
        <translation>from the timing</translation>
    </message>
    <message>
        <source>; one-way delay about %1 s</source>
        <translation>; one-way delay about %1 s</translation>
    </message>
    <message>
        <source>; delay unknown (nothing was acknowledged)</source>
        <translation>; delay unknown (nothing was acknowledged)</translation>
    </message>
    <message>
        <source>; the handshake is not in the capture</source>
        <translation>; the handshake is not in the capture</translation>
    </message>
    <message numerus="yes">
        <source>; %n segment(s) inferred lost</source>
        <translation><numerusform>; %n segment inferred lost</numerusform><numerusform>; %n segments inferred lost</numerusform></translation>
    </message>
    <message>
        <source>import: missing the capture file</source>
        <translation>import: missing the capture file</translation>
    </message>
    <message>
        <source>import: expected one file, got %1: %2</source>
        <translation>import: expected one file, got %1: %2</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos;: expected text or jsonl</source>
        <translation>--format &apos;%1&apos;: expected text or jsonl</translation>
    </message>
    <message>
        <source>--point &apos;%1&apos;: expected A, B or wire</source>
        <translation>--point &apos;%1&apos;: expected A, B or wire</translation>
    </message>
    <message>
        <source>--point and --format need --connection N</source>
        <translation>--point and --format need --connection N</translation>
    </message>
    <message>
        <source>--connection &apos;%1&apos;: expected a number from the # column</source>
        <translation>--connection &apos;%1&apos;: expected a number from the # column</translation>
    </message>
    <message>
        <source>tcplab-cli: connection %1: %2
</source>
        <translation>tcplab-cli: connection %1: %2
</translation>
    </message>
    <message>
        <source>list a pcap/pcapng capture&apos;s TCP connections, or print one as a trace</source>
        <translation>list a pcap/pcapng capture&apos;s TCP connections, or print one as a trace</translation>
    </message>
    <message>
        <source>--width &apos;%1&apos;: expected pixels, e.g. 900</source>
        <translation>--width &apos;%1&apos;: expected pixels, e.g. 900</translation>
    </message>
    <message>
        <source>--height &apos;%1&apos;: expected pixels, at least 50</source>
        <translation>--height &apos;%1&apos;: expected pixels, at least 50</translation>
    </message>
    <message>
        <source>--zoom &apos;%1&apos;: expected fit or pixels per millisecond (above 0, up to 2000)</source>
        <translation>--zoom &apos;%1&apos;: expected fit or pixels per millisecond (above 0, up to 2000)</translation>
    </message>
    <message>
        <source>--floods &apos;%1&apos;: expected summarised or expanded</source>
        <translation>--floods &apos;%1&apos;: expected summarised or expanded</translation>
    </message>
    <message>
        <source>--content &apos;%1&apos;: expected textbook, flags or full</source>
        <translation>--content &apos;%1&apos;: expected textbook, flags or full</translation>
    </message>
    <message>
        <source>--lang %1: the translation catalogue is missing from this build</source>
        <translation>--lang %1: the translation catalogue is missing from this build</translation>
    </message>
    <message>
        <source>--picture &apos;%1&apos;: cannot write the file</source>
        <translation>--picture &apos;%1&apos;: cannot write the file</translation>
    </message>
    <message>
        <source>lay out a scenario&apos;s sequence diagram and print it as JSON</source>
        <translation>lay out a scenario&apos;s sequence diagram and print it as JSON</translation>
    </message>
    <message>
        <source>Usage: tcplab-cli list
Prints the built-in scenarios in lesson order: the id (for `tcplab-cli run ID`), its
lesson group and its English title.
</source>
        <translation>Usage: tcplab-cli list
Prints the built-in scenarios in lesson order: the id (for `tcplab-cli run ID`), its
lesson group and its English title.
</translation>
    </message>
    <message>
        <source>list: unexpected argument &apos;%1&apos;</source>
        <translation>list: unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>print the built-in scenarios: id, lesson and title</source>
        <translation>print the built-in scenarios: id, lesson and title</translation>
    </message>
    <message>
        <source>run stopped at the limit of %1 events (at %2 s); the trace above is partial. Shorten the run with --until or duration_s</source>
        <translation>run stopped at the limit of %1 events (at %2 s); the trace above is partial. Shorten the run with --until or duration_s</translation>
    </message>
    <message>
        <source>simulate a scenario and print its trace</source>
        <translation>simulate a scenario and print its trace</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: neither a built-in scenario nor a file (built-in: %2)</source>
        <translation>&apos;%1&apos;: neither a built-in scenario nor a file (built-in: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: cannot be loaded</source>
        <translation>&apos;%1&apos;: cannot be loaded</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos;: no host named &apos;%3&apos; in this scenario (hosts: %4)</source>
        <translation>--%1 &apos;%2&apos;: no host named &apos;%3&apos; in this scenario (hosts: %4)</translation>
    </message>
    <message>
        <source>  --drop SPEC          drop a segment; SPEC is HOST#N (HOST&apos;s N-th segment) or
                       HOST:FLAGS#N (its N-th segment with FLAGS): A#3, B:FIN#1, B:SYN+ACK#1;
                       counted in the run with the faults before it, then kept as
                       that segment&apos;s identity (its flags, seq, ack)
  --delay SPEC:TIME    delay a segment by TIME: A#2:300ms
  --dup SPEC:TIME      deliver an extra copy TIME after the original: B#1:2s
  --profile NAME       start the protocol settings from a profile: rfc9293 or linux
                       (settings the scenario sets itself keep their values)
  --set KEY=VALUE      change a protocol or network setting: rto_initial_ms=3000,
                       loss=0.2, jitter_ms=10, delay_ms.A&gt;B=200, variant=no-time-wait
  --until DURATION     stop the simulation at this time (300ms, 2s, 2min, 1h)
</source>
        <translation>  --drop SPEC          drop a segment; SPEC is HOST#N (HOST&apos;s N-th segment) or
                       HOST:FLAGS#N (its N-th segment with FLAGS): A#3, B:FIN#1, B:SYN+ACK#1;
                       counted in the run with the faults before it, then kept as
                       that segment&apos;s identity (its flags, seq, ack)
  --delay SPEC:TIME    delay a segment by TIME: A#2:300ms
  --dup SPEC:TIME      deliver an extra copy TIME after the original: B#1:2s
  --profile NAME       start the protocol settings from a profile: rfc9293 or linux
                       (settings the scenario sets itself keep their values)
  --set KEY=VALUE      change a protocol or network setting: rto_initial_ms=3000,
                       loss=0.2, jitter_ms=10, delay_ms.A&gt;B=200, variant=no-time-wait
  --until DURATION     stop the simulation at this time (300ms, 2s, 2min, 1h)
</translation>
    </message>
    <message>
        <source>--until &apos;%1&apos;: expected a duration, e.g. 300ms, 2s, 2min</source>
        <translation>--until &apos;%1&apos;: expected a duration, e.g. 300ms, 2s, 2min</translation>
    </message>
    <message>
        <source>--until &apos;%1&apos;: must be between 0 and %2 h (a week of virtual time)</source>
        <translation>--until &apos;%1&apos;: must be between 0 and %2 h (a week of virtual time)</translation>
    </message>
    <message>
        <source>--set &apos;%1&apos;: expected KEY=VALUE, e.g. loss=0.2</source>
        <translation>--set &apos;%1&apos;: expected KEY=VALUE, e.g. loss=0.2</translation>
    </message>
    <message>
        <source>--set &apos;%1&apos;: %2</source>
        <translation>--set &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>--set &apos;%1&apos;: unknown setting &apos;%2&apos;; protocol settings: %3; network settings: %4, delay_ms.A&gt;B, loss.A&gt;B</source>
        <translation>--set &apos;%1&apos;: unknown setting &apos;%2&apos;; protocol settings: %3; network settings: %4, delay_ms.A&gt;B, loss.A&gt;B</translation>
    </message>
    <message>
        <source>--set &apos;%1&apos;: expected %2.FROM&gt;TO, e.g. %2.A&gt;B</source>
        <translation>--set &apos;%1&apos;: expected %2.FROM&gt;TO, e.g. %2.A&gt;B</translation>
    </message>
    <message>
        <source>--set &apos;%1&apos;: no host named &apos;%2&apos; in this scenario (hosts: %3)</source>
        <translation>--set &apos;%1&apos;: no host named &apos;%2&apos; in this scenario (hosts: %3)</translation>
    </message>
    <message>
        <source>warning: faults[%1] (%2 %3) matches no segment of this run; it hits nothing</source>
        <translation>warning: faults[%1] (%2 %3) matches no segment of this run; it hits nothing</translation>
    </message>
    <message>
        <source>Usage: tcplab-cli validate FILE...
Checks scenario files. Prints &quot;FILE: ok&quot; for a good file; for a bad one, every
problem on its own line (&quot;FILE: actions[2].at_ms: must be ≥ 0&quot;) on standard error.
Exit status 0 when every file is good, 2 otherwise.
</source>
        <translation>Usage: tcplab-cli validate FILE...
Checks scenario files. Prints &quot;FILE: ok&quot; for a good file; for a bad one, every
problem on its own line (&quot;FILE: actions[2].at_ms: must be ≥ 0&quot;) on standard error.
Exit status 0 when every file is good, 2 otherwise.
</translation>
    </message>
    <message>
        <source>validate: missing the scenario file</source>
        <translation>validate: missing the scenario file</translation>
    </message>
    <message>
        <source>not a valid scenario file</source>
        <translation>not a valid scenario file</translation>
    </message>
    <message>
        <source>check scenario files and list every problem</source>
        <translation>check scenario files and list every problem</translation>
    </message>
    <message>
        <source>Usage: tcplab-cli quiz ID|FILE [options]
Simulates a scenario and prints the questions of its &quot;predict, then see&quot; mode: for
chosen moments of the run, what happens next (the segment, the acknowledgment number,
the state, a timer&apos;s length, whether an ACK, a RST or nothing answers), with the right
answer read from the run and, for every wrong choice, the misconception it stands for.

Options:
  --format text|json   text (default): numbered questions with the answer key;
                       json: one document (docs/quiz-format.md)
  --lang zh_CN|en      the language of the questions (default: en) and of the messages
%1
--drop, --delay, --dup and --set may be given several times, as for `run`: the
questions follow the changed story.
</source>
        <translation>Usage: tcplab-cli quiz ID|FILE [options]
Simulates a scenario and prints the questions of its &quot;predict, then see&quot; mode: for
chosen moments of the run, what happens next (the segment, the acknowledgment number,
the state, a timer&apos;s length, whether an ACK, a RST or nothing answers), with the right
answer read from the run and, for every wrong choice, the misconception it stands for.

Options:
  --format text|json   text (default): numbered questions with the answer key;
                       json: one document (docs/quiz-format.md)
  --lang zh_CN|en      the language of the questions (default: en) and of the messages
%1
--drop, --delay, --dup and --set may be given several times, as for `run`: the
questions follow the changed story.
</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos;: expected text or json</source>
        <translation>--format &apos;%1&apos;: expected text or json</translation>
    </message>
    <message>
        <source>print a run&apos;s &quot;predict, then see&quot; questions with their answers</source>
        <translation>print a run&apos;s &quot;predict, then see&quot; questions with their answers</translation>
    </message>
    <message>
        <source>Usage: tcplab-cli run ID|FILE [options]
Simulates a scenario (a built-in id from `tcplab-cli list`, or a scenario file) and
prints its trace, one line per event.

Options:
  --format text|jsonl  text (default): protocol notation; jsonl: one JSON object a line
  --relative           seq and ack relative to each side&apos;s initial sequence number,
                       as Wireshark shows them
%1
--drop, --delay, --dup and --set may be given several times; the faults are added to
the scenario&apos;s own. The [A#3] after each sent segment in the text trace is its key.
A fault that matches no segment of the run is kept and hits nothing; a warning on
stderr (and a fault-matched-nothing notice in the trace) says so.
</source>
        <translation>Usage: tcplab-cli run ID|FILE [options]
Simulates a scenario (a built-in id from `tcplab-cli list`, or a scenario file) and
prints its trace, one line per event.

Options:
  --format text|jsonl  text (default): protocol notation; jsonl: one JSON object a line
  --relative           seq and ack relative to each side&apos;s initial sequence number,
                       as Wireshark shows them
%1
--drop, --delay, --dup and --set may be given several times; the faults are added to
the scenario&apos;s own. The [A#3] after each sent segment in the text trace is its key.
A fault that matches no segment of the run is kept and hits nothing; a warning on
stderr (and a fault-matched-nothing notice in the trace) says so.
</translation>
    </message>
    <message>
        <source>%1: missing the scenario (an id from `tcplab-cli list`, or a file)</source>
        <translation>%1: missing the scenario (an id from `tcplab-cli list`, or a file)</translation>
    </message>
    <message>
        <source>%1: expected one scenario, got %2: %3</source>
        <translation>%1: expected one scenario, got %2: %3</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Usage: tcplab-cli worksheet ID|FILE --out PATH [options]
Simulates a scenario and writes a printable worksheet for homework, an A4 PDF: the
sequence diagram with the chosen labels blanked (numbered, for students to fill in)
under the scenario&apos;s title and a name line, then the run&apos;s questions with choices
A to D, and on a page of its own the answer key: every blank&apos;s value and every
question&apos;s letter with a line of explanation.

Options:
  --out PATH           the PDF file to write (its name ends in .pdf)
  --lang zh_CN|en      the language of the sheet (default: en) and of the messages
  --blank LIST         what to blank, separated by commas: seq, ack, states, timers
                       (default: seq,ack,states)
%1
--drop, --delay, --dup and --set may be given several times, as for `run`: the sheet
follows the changed story.

Exit status: 0 on success, 2 for bad usage (an unknown scenario, a bad --blank, a
missing folder), 1 when the file cannot be written (the file there is left as it was).
</source>
        <translation>Usage: tcplab-cli worksheet ID|FILE --out PATH [options]
Simulates a scenario and writes a printable worksheet for homework, an A4 PDF: the
sequence diagram with the chosen labels blanked (numbered, for students to fill in)
under the scenario&apos;s title and a name line, then the run&apos;s questions with choices
A to D, and on a page of its own the answer key: every blank&apos;s value and every
question&apos;s letter with a line of explanation.

Options:
  --out PATH           the PDF file to write (its name ends in .pdf)
  --lang zh_CN|en      the language of the sheet (default: en) and of the messages
  --blank LIST         what to blank, separated by commas: seq, ack, states, timers
                       (default: seq,ack,states)
%1
--drop, --delay, --dup and --set may be given several times, as for `run`: the sheet
follows the changed story.

Exit status: 0 on success, 2 for bad usage (an unknown scenario, a bad --blank, a
missing folder), 1 when the file cannot be written (the file there is left as it was).
</translation>
    </message>
    <message>
        <source>worksheet: missing --out PATH (the .pdf file to write)</source>
        <translation>worksheet: missing --out PATH (the .pdf file to write)</translation>
    </message>
    <message>
        <source>--out &apos;%1&apos;: a worksheet is a PDF; give a name ending in .pdf</source>
        <translation>--out &apos;%1&apos;: a worksheet is a PDF; give a name ending in .pdf</translation>
    </message>
    <message>
        <source>--blank &apos;%1&apos;: expected one or more of %2, separated by commas</source>
        <translation>--blank &apos;%1&apos;: expected one or more of %2, separated by commas</translation>
    </message>
    <message>
        <source>write a printable worksheet (PDF): the diagram with blanks, questions, answer key</source>
        <translation>write a printable worksheet (PDF): the diagram with blanks, questions, answer key</translation>
    </message>
    <message>
        <source>Usage: tcplab-cli layout ID|FILE [options]
Simulates a scenario, lays out its sequence diagram as the window and the exports draw
it, and prints the geometry as JSON: the host boxes; the time axis (pieces: linear,
break, hold; labelled ticks); every arrow with its segment id, its key (A#3), its
textbook label, its end points and its label&apos;s rectangle (four corners when rotated);
the state bands, timer brackets, breaks, flood bands and SYN-queue strips.
Coordinates are pixels from the top left, times microseconds. A duplicated segment&apos;s
extra copy has its own key: A#3/copy1.

Options:
  --width PX           the width to fit (default 900; 0: lifelines 300 px apart)
  --zoom fit|N         fit: the scale that fits --height (default); N: N pixels per
                       millisecond of time drawn to scale
  --height PX          the height &quot;fit&quot; fits (default 700)
  --floods summarised|expanded  a SYN flood as one band (default) or every arrow
  --content textbook|flags|full  what arrow labels say (default textbook)
  --lang zh_CN|en      the language of the diagram&apos;s words (default: en) and of the
                       messages
  --compact            the JSON on one line
  --picture PATH       also draw this very layout to a PNG file (to look at a case
                       the layout property test names)

The scenario can be changed as with `run`:
%1</source>
        <translation>Usage: tcplab-cli layout ID|FILE [options]
Simulates a scenario, lays out its sequence diagram as the window and the exports draw
it, and prints the geometry as JSON: the host boxes; the time axis (pieces: linear,
break, hold; labelled ticks); every arrow with its segment id, its key (A#3), its
textbook label, its end points and its label&apos;s rectangle (four corners when rotated);
the state bands, timer brackets, breaks, flood bands and SYN-queue strips.
Coordinates are pixels from the top left, times microseconds. A duplicated segment&apos;s
extra copy has its own key: A#3/copy1.

Options:
  --width PX           the width to fit (default 900; 0: lifelines 300 px apart)
  --zoom fit|N         fit: the scale that fits --height (default); N: N pixels per
                       millisecond of time drawn to scale
  --height PX          the height &quot;fit&quot; fits (default 700)
  --floods summarised|expanded  a SYN flood as one band (default) or every arrow
  --content textbook|flags|full  what arrow labels say (default textbook)
  --lang zh_CN|en      the language of the diagram&apos;s words (default: en) and of the
                       messages
  --compact            the JSON on one line
  --picture PATH       also draw this very layout to a PNG file (to look at a case
                       the layout property test names)

The scenario can be changed as with `run`:
%1</translation>
    </message>
    <message>
        <source>note: --%1 %2 takes the place of the %3 already on that segment (a segment takes one fault, as in the window)</source>
        <translation>note: --%1 %2 takes the place of the %3 already on that segment (a segment takes one fault, as in the window)</translation>
    </message>
    <message>
        <source>Usage: tcplab-cli export ID|FILE --out PATH [options]
Simulates a scenario and draws its sequence diagram (or its state diagram) to an
image, or saves its segments as a capture. The format comes from the extension of
PATH: .png, .svg or .pdf, or .pcapng or .pcap (as `tcplab-cli capture` writes them).
Works without a display.

Options:
  --out PATH           the file to write (not with --steps)
  --lang zh_CN|en      the language of the diagram&apos;s words (default: en) and of the
                       messages
  --from DURATION      start of the time range (default: the start of the run)
  --to DURATION        end of the time range (default: the end of the run)
  --scale N            PNG size factor, 0.25 to 8 (default 1; 2 for slides)
  --dpi N              PNG resolution, 24 to 768 (96 dpi = scale 1); instead of --scale
  --transparent        PNG/SVG without the white background
  --pages single|a4|letter  PDF: one long page (default), or A4/Letter pages split
                       between events with the host names repeated on every page
  --no-legend          leave out the legend of arrow styles
  --no-title           leave out the title block (title and faults applied)
  --no-states          leave out the state bands on the lifelines
  --no-timers          leave out the timer brackets
  --preset slides      16:9 slides (1920x1080 as PNG, 960x540 pt pages as PDF) cut
                       between events, each with the title and its number; PNG and
                       SVG write one file per slide: slide.png -&gt; slide-01.png, ...
  --steps DIR          one PNG per step of the range into the folder DIR (which must
                       exist): step-01.png, step-02.png, … each up to one more moment,
                       with the narration of the step as its caption; with --preset
                       slides each step is the 1920x1080 slide its moment is on
  --compare shipped|VARIANT  both runs side by side, the first difference marked:
                       the run (with the options below) beside the scenario as
                       shipped, or beside the run under a teaching variant
                       (standard, two-way-handshake, no-time-wait)
  --state-diagram      draw the RFC 9293 state diagram with the states at --at
  --at DURATION        the moment for --state-diagram (default: the end of the run)

For a .pcapng or .pcap file (the drawing options above do not apply):
%1
The scenario can be changed as with `run`:
%2
Prints the path of every file written. Exit status: 0 on success, 2 for bad usage (an
unknown extension, a bad option value, an empty range, a missing folder), 1 when the
file cannot be written.
</source>
        <translation>Usage: tcplab-cli export ID|FILE --out PATH [options]
Simulates a scenario and draws its sequence diagram (or its state diagram) to an
image, or saves its segments as a capture. The format comes from the extension of
PATH: .png, .svg or .pdf, or .pcapng or .pcap (as `tcplab-cli capture` writes them).
Works without a display.

Options:
  --out PATH           the file to write (not with --steps)
  --lang zh_CN|en      the language of the diagram&apos;s words (default: en) and of the
                       messages
  --from DURATION      start of the time range (default: the start of the run)
  --to DURATION        end of the time range (default: the end of the run)
  --scale N            PNG size factor, 0.25 to 8 (default 1; 2 for slides)
  --dpi N              PNG resolution, 24 to 768 (96 dpi = scale 1); instead of --scale
  --transparent        PNG/SVG without the white background
  --pages single|a4|letter  PDF: one long page (default), or A4/Letter pages split
                       between events with the host names repeated on every page
  --no-legend          leave out the legend of arrow styles
  --no-title           leave out the title block (title and faults applied)
  --no-states          leave out the state bands on the lifelines
  --no-timers          leave out the timer brackets
  --preset slides      16:9 slides (1920x1080 as PNG, 960x540 pt pages as PDF) cut
                       between events, each with the title and its number; PNG and
                       SVG write one file per slide: slide.png -&gt; slide-01.png, ...
  --steps DIR          one PNG per step of the range into the folder DIR (which must
                       exist): step-01.png, step-02.png, … each up to one more moment,
                       with the narration of the step as its caption; with --preset
                       slides each step is the 1920x1080 slide its moment is on
  --compare shipped|VARIANT  both runs side by side, the first difference marked:
                       the run (with the options below) beside the scenario as
                       shipped, or beside the run under a teaching variant
                       (standard, two-way-handshake, no-time-wait)
  --state-diagram      draw the RFC 9293 state diagram with the states at --at
  --at DURATION        the moment for --state-diagram (default: the end of the run)

For a .pcapng or .pcap file (the drawing options above do not apply):
%1
The scenario can be changed as with `run`:
%2
Prints the path of every file written. Exit status: 0 on success, 2 for bad usage (an
unknown extension, a bad option value, an empty range, a missing folder), 1 when the
file cannot be written.
</translation>
    </message>
    <message>
        <source>--preset slides cannot be combined with --state-diagram or --compare</source>
        <translation>--preset slides cannot be combined with --state-diagram or --compare</translation>
    </message>
</context>
<context>
    <name>tcplab::ComparisonChoices</name>
    <message>
        <source>Only a capture (File ▸ Open Capture…) is compared with the model.</source>
        <translation>Only a capture (File ▸ Open Capture…) is compared with the model.</translation>
    </message>
    <message>
        <source>The capture does not show the connection&apos;s opening handshake, so its initial sequence numbers and who opened it are unknown: there is no story to simulate.</source>
        <translation>The capture does not show the connection&apos;s opening handshake, so its initial sequence numbers and who opened it are unknown: there is no story to simulate.</translation>
    </message>
</context>
<context>
    <name>tcplab::ComparisonView</name>
    <message>
        <source>Go to the difference</source>
        <translation>Go to the difference</translation>
    </message>
    <message>
        <source>The two runs are the same from start to end.</source>
        <translation>The two runs are the same from start to end.</translation>
    </message>
    <message>
        <source>(this run has already ended)</source>
        <translation>(this run has already ended)</translation>
    </message>
    <message>
        <source>something different happens</source>
        <translation>something different happens</translation>
    </message>
    <message>
        <source>the same thing happens at another time</source>
        <translation>the same thing happens at another time</translation>
    </message>
    <message>
        <source>the same thing happens on another host</source>
        <translation>the same thing happens on another host</translation>
    </message>
    <message>
        <source>the application makes another call</source>
        <translation>the application makes another call</translation>
    </message>
    <message>
        <source>the connection changes to another state</source>
        <translation>the connection changes to another state</translation>
    </message>
    <message>
        <source>the segment differs</source>
        <translation>the segment differs</translation>
    </message>
    <message>
        <source>a timer differs</source>
        <translation>a timer differs</translation>
    </message>
    <message>
        <source>the application is told something else</source>
        <translation>the application is told something else</translation>
    </message>
    <message>
        <source>the host fails differently</source>
        <translation>the host fails differently</translation>
    </message>
    <message>
        <source>one run has ended</source>
        <translation>one run has ended</translation>
    </message>
    <message>
        <source>%1&apos;s application makes a call</source>
        <translation>%1&apos;s application makes a call</translation>
    </message>
    <message>
        <source>%1 changes state</source>
        <translation>%1 changes state</translation>
    </message>
    <message>
        <source>%1 sends a segment</source>
        <translation>%1 sends a segment</translation>
    </message>
    <message>
        <source>%1 receives a segment</source>
        <translation>%1 receives a segment</translation>
    </message>
    <message>
        <source>a segment to %1 is lost</source>
        <translation>a segment to %1 is lost</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1&apos;s application is told something</source>
        <translation>%1&apos;s application is told something</translation>
    </message>
    <message>
        <source>%1 fails</source>
        <translation>%1 fails</translation>
    </message>
    <message>
        <source>First difference at %1: %2</source>
        <translation>First difference at %1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;left: %2&lt;br&gt;right: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;left: %2&lt;br&gt;right: %3</translation>
    </message>
</context>
<context>
    <name>tcplab::ConceptsBrowser</name>
    <message>
        <source>Concepts</source>
        <translation>Concepts</translation>
    </message>
    <message>
        <source>See it happen: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, at %3.</source>
        <translation>See it happen: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, at %3.</translation>
    </message>
    <message>
        <source>See it happen: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, from the start.</source>
        <translation>See it happen: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, from the start.</translation>
    </message>
    <message>
        <source>See also: %1</source>
        <translation>See also: %1</translation>
    </message>
    <message>
        <source>Opens the scenario and moves the playhead to %1.</source>
        <translation>Opens the scenario and moves the playhead to %1.</translation>
    </message>
    <message>
        <source>Opens the scenario at its start.</source>
        <translation>Opens the scenario at its start.</translation>
    </message>
    <message>
        <source>Open the scenario</source>
        <translation>Open the scenario</translation>
    </message>
</context>
<context>
    <name>tcplab::ConnectionChooserDialog</name>
    <message>
        <source>Connections in %1</source>
        <translation>Connections in %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Opened by (A)</source>
        <translation>Opened by (A)</translation>
    </message>
    <message>
        <source>Other end (B)</source>
        <translation>Other end (B)</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Packets</translation>
    </message>
    <message>
        <source>A → B</source>
        <translation>A → B</translation>
    </message>
    <message>
        <source>B → A</source>
        <translation>B → A</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation>Start (s)</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Duration (s)</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>How it ended</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), </source>
        <translation><numerusform>%n frame, </numerusform><numerusform>%n frames, </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n TCP segment(s) </source>
        <translation><numerusform>%n TCP segment </numerusform><numerusform>%n TCP segments </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n connection(s).</source>
        <translation><numerusform>in %n connection.</numerusform><numerusform>in %n connections.</numerusform></translation>
    </message>
    <message>
        <source>Show Connection</source>
        <translation>Show Connection</translation>
    </message>
    <message>
        <source>Choose the TCP connection to show. A is the side that opened it (sent the first SYN).</source>
        <translation>Choose the TCP connection to show. A is the side that opened it (sent the first SYN).</translation>
    </message>
    <message numerus="yes">
        <source>not TCP: %n packet(s)</source>
        <translation><numerusform>not TCP: %n packet</numerusform><numerusform>not TCP: %n packets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n truncated</source>
        <translation><numerusform>%n truncated</numerusform><numerusform>%n truncated</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n IP fragment(s)</source>
        <translation><numerusform>%n IP fragment</numerusform><numerusform>%n IP fragments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n with impossible TCP option lengths</source>
        <translation><numerusform>%n with impossible TCP option lengths</numerusform><numerusform>%n with impossible TCP option lengths</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n on a link type tcplab does not read (DLT %1)</source>
        <translation><numerusform>%n on a link type tcplab does not read (DLT %1)</numerusform><numerusform>%n on a link type tcplab does not read (DLT %1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n kept with the payload cut short by the snap length</source>
        <translation><numerusform>%n kept with the payload cut short by the snap length</numerusform><numerusform>%n kept with the payload cut short by the snap length</numerusform></translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>the file ends inside a packet (%1)</source>
        <translation>the file ends inside a packet (%1)</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>SYN only, no answer</source>
        <translation>SYN only, no answer</translation>
    </message>
    <message>
        <source>refused: RST answered the SYN</source>
        <translation>refused: RST answered the SYN</translation>
    </message>
    <message>
        <source>RST</source>
        <translation>RST</translation>
    </message>
    <message>
        <source>FIN both ways</source>
        <translation>FIN both ways</translation>
    </message>
    <message>
        <source>FIN one way only</source>
        <translation>FIN one way only</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>open, began before the capture</source>
        <translation>open, began before the capture</translation>
    </message>
</context>
<context>
    <name>tcplab::DiagramCentre</name>
    <message>
        <source>Your run</source>
        <translation>Your run</translation>
    </message>
    <message>
        <source>As shipped</source>
        <translation>As shipped</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Model (simulated)</source>
        <translation>Model (simulated)</translation>
    </message>
</context>
<context>
    <name>tcplab::DiagramExportActions</name>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>The diagram is on the clipboard.</source>
        <translation>The diagram is on the clipboard.</translation>
    </message>
</context>
<context>
    <name>tcplab::EndpointPanel</name>
    <message>
        <source>%1 %2 (listening)</source>
        <translation>%1 %2 (listening)</translation>
    </message>
    <message>
        <source>due at %1 s</source>
        <translation>due at %1 s</translation>
    </message>
    <message>
        <source>Connection Variables</source>
        <translation>Connection Variables</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connection:</translation>
    </message>
    <message>
        <source>Running timers</source>
        <translation>Running timers</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>No timer is running.</translation>
    </message>
    <message>
        <source>Relative sequence numbers (counted from the ISNs, as Wireshark shows them)</source>
        <translation>Relative sequence numbers (counted from the ISNs, as Wireshark shows them)</translation>
    </message>
    <message>
        <source>Send queue</source>
        <translation>Send queue</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Out of order</translation>
    </message>
    <message>
        <source>initial send sequence number: this side&apos;s ISN</source>
        <translation>initial send sequence number: this side&apos;s ISN</translation>
    </message>
    <message>
        <source>initial receive sequence number: the peer&apos;s ISN</source>
        <translation>initial receive sequence number: the peer&apos;s ISN</translation>
    </message>
    <message>
        <source>oldest sequence number sent but not yet acknowledged</source>
        <translation>oldest sequence number sent but not yet acknowledged</translation>
    </message>
    <message>
        <source>next sequence number to send</source>
        <translation>next sequence number to send</translation>
    </message>
    <message>
        <source>send window: how much the peer said it can take</source>
        <translation>send window: how much the peer said it can take</translation>
    </message>
    <message>
        <source>next sequence number expected from the peer: the ack this side sends</source>
        <translation>next sequence number expected from the peer: the ack this side sends</translation>
    </message>
    <message>
        <source>receive window: how much more this side can take</source>
        <translation>receive window: how much more this side can take</translation>
    </message>
    <message>
        <source>bytes the application gave to TCP that are not yet acknowledged</source>
        <translation>bytes the application gave to TCP that are not yet acknowledged</translation>
    </message>
    <message>
        <source>bytes received in order that the application has not read yet</source>
        <translation>bytes received in order that the application has not read yet</translation>
    </message>
    <message>
        <source>bytes received ahead of a gap, held until the gap is filled</source>
        <translation>bytes received ahead of a gap, held until the gap is filled</translation>
    </message>
    <message>
        <source>current retransmission timeout (RFC 6298)</source>
        <translation>current retransmission timeout (RFC 6298)</translation>
    </message>
    <message>
        <source>Retransmission (RTO)</source>
        <translation>Retransmission (RTO)</translation>
    </message>
    <message>
        <source>TIME-WAIT (2×MSL)</source>
        <translation>TIME-WAIT (2×MSL)</translation>
    </message>
    <message>
        <source>FIN-WAIT-2 timeout</source>
        <translation>FIN-WAIT-2 timeout</translation>
    </message>
    <message>
        <source>Keepalive</source>
        <translation>Keepalive</translation>
    </message>
    <message>
        <source>Delayed ACK</source>
        <translation>Delayed ACK</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Persist (zero window)</source>
        <translation>Persist (zero window)</translation>
    </message>
</context>
<context>
    <name>tcplab::ExportDialog</name>
    <message>
        <source>Export Diagram</source>
        <translation>Export Diagram</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG drawing</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Writes step-01.png, step-02.png, … each showing the diagram up to one more moment, for slides.</source>
        <translation>Writes step-01.png, step-02.png, … each showing the diagram up to one more moment, for slides.</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>1× (as on screen)</source>
        <translation>1× (as on screen)</translation>
    </message>
    <message>
        <source>2× (sharp on slides and high-DPI screens)</source>
        <translation>2× (sharp on slides and high-DPI screens)</translation>
    </message>
    <message>
        <source>Resolution in DPI</source>
        <translation>Resolution in DPI</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Si&amp;ze:</translation>
    </message>
    <message>
        <source>White</source>
        <translation>White</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Background:</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>One long page</source>
        <translation>One long page</translation>
    </message>
    <message>
        <source>A4 pages</source>
        <translation>A4 pages</translation>
    </message>
    <message>
        <source>Letter pages</source>
        <translation>Letter pages</translation>
    </message>
    <message>
        <source>A4 and Letter split the diagram between events and repeat the host names at the top of every page.</source>
        <translation>A4 and Letter split the diagram between events and repeat the host names at the top of every page.</translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation>&amp;Pages:</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Time range</translation>
    </message>
    <message>
        <source>&amp;Whole run</source>
        <translation>&amp;Whole run</translation>
    </message>
    <message>
        <source>What the &amp;screen shows (%1 to %2)</source>
        <translation>What the &amp;screen shows (%1 to %2)</translation>
    </message>
    <message>
        <source>What the &amp;screen shows</source>
        <translation>What the &amp;screen shows</translation>
    </message>
    <message>
        <source>Be&amp;tween</source>
        <translation>Be&amp;tween</translation>
    </message>
    <message>
        <source>e.g. 1.5 s</source>
        <translation>e.g. 1.5 s</translation>
    </message>
    <message>
        <source>e.g. 2 s</source>
        <translation>e.g. 2 s</translation>
    </message>
    <message>
        <source>A time with its unit: 300ms, 1.5 s, 2min.</source>
        <translation>A time with its unit: 300ms, 1.5 s, 2min.</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>T&amp;imers</source>
        <translation>T&amp;imers</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legend</translation>
    </message>
    <message>
        <source>The scenario&apos;s title and the faults applied, above the diagram.</source>
        <translation>The scenario&apos;s title and the faults applied, above the diagram.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Folder for the Step Images</source>
        <translation>Folder for the Step Images</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>The start time &quot;%1&quot; is not a time. Write a number and a unit, e.g. 1.5 s or 300ms.</source>
        <translation>The start time &quot;%1&quot; is not a time. Write a number and a unit, e.g. 1.5 s or 300ms.</translation>
    </message>
    <message>
        <source>The end time &quot;%1&quot; is not a time. Write a number and a unit, e.g. 2 s or 800ms.</source>
        <translation>The end time &quot;%1&quot; is not a time. Write a number and a unit, e.g. 2 s or 800ms.</translation>
    </message>
    <message>
        <source>The end time (%1) must come after the start time (%2).</source>
        <translation>The end time (%1) must come after the start time (%2).</translation>
    </message>
    <message>
        <source>Choose a folder for the step images.</source>
        <translation>Choose a folder for the step images.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <source>Teaching variant: %1</source>
        <translation>Teaching variant: %1</translation>
    </message>
    <message>
        <source>Step se&amp;ries: one PNG per step of the range, into a folder</source>
        <translation>Step se&amp;ries: one PNG per step of the range, into a folder</translation>
    </message>
    <message>
        <source>State b&amp;ands</source>
        <translation>State b&amp;ands</translation>
    </message>
    <message>
        <source>Title bloc&amp;k</source>
        <translation>Title bloc&amp;k</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Slides 16:9</source>
        <translation>Slides 16:9</translation>
    </message>
    <message>
        <source>Slides cut the run between events into 1920 × 1080 pages, each with the title and its number: one PDF page or one PNG/SVG file per slide (slide-01.png, slide-02.png, …).</source>
        <translation>Slides cut the run between events into 1920 × 1080 pages, each with the title and its number: one PDF page or one PNG/SVG file per slide (slide-01.png, slide-02.png, …).</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>Both runs si&amp;de by side, the first difference marked</source>
        <translation>Both runs si&amp;de by side, the first difference marked</translation>
    </message>
    <message>
        <source>The two runs of the comparison on screen in one picture.</source>
        <translation>The two runs of the comparison on screen in one picture.</translation>
    </message>
    <message>
        <source>With &amp;captions: the narration of each step with its picture</source>
        <translation>With &amp;captions: the narration of each step with its picture</translation>
    </message>
</context>
<context>
    <name>tcplab::FaultListPanel</name>
    <message>
        <source>Right-click a segment in the diagram to drop, delay or duplicate it.</source>
        <translation>Right-click a segment in the diagram to drop, delay or duplicate it.</translation>
    </message>
    <message>
        <source>Remove Fault</source>
        <translation>Remove Fault</translation>
    </message>
</context>
<context>
    <name>tcplab::MainWindow</name>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>The scenario has changes (faults, settings or actions) that are not saved.
Do you want to save them?</source>
        <translation>The scenario has changes (faults, settings or actions) that are not saved.
Do you want to save them?</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s), %1 events, simulated in %2 ms</source>
        <translation><numerusform>%n segment, %1 events, simulated in %2 ms</numerusform><numerusform>%n segments, %1 events, simulated in %2 ms</numerusform></translation>
    </message>
    <message>
        <source>Segment %1: %2 (right-click to drop, delay or duplicate it)</source>
        <translation>Segment %1: %2 (right-click to drop, delay or duplicate it)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Space)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Play (Space)</translation>
    </message>
    <message>
        <source>%1[*] — TCP Connection Lab</source>
        <translation>%1[*] — TCP Connection Lab</translation>
    </message>
    <message>
        <source>About TCP Connection Lab</source>
        <translation>About TCP Connection Lab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TCP Connection Lab %1&lt;/h3&gt;&lt;p&gt;Watch TCP open and close connections, step by step, as RFC 9293 describes. Drop, delay or duplicate any segment and see how both ends react.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TCP Connection Lab %1&lt;/h3&gt;&lt;p&gt;Watch TCP open and close connections, step by step, as RFC 9293 describes. Drop, delay or duplicate any segment and see how both ends react.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>Reset Scenario</source>
        <translation>Reset Scenario</translation>
    </message>
    <message>
        <source>Remove all your faults, settings and actions: back to the file&apos;s version</source>
        <translation>Remove all your faults, settings and actions: back to the file&apos;s version</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Fit to Window</translation>
    </message>
    <message>
        <source>Draw what has not happened yet at the playhead in pale colours</source>
        <translation>Draw what has not happened yet at the playhead in pale colours</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>Step &amp;Back</translation>
    </message>
    <message>
        <source>Previous event (Left)</source>
        <translation>Previous event (Left)</translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation>Step &amp;Forward</translation>
    </message>
    <message>
        <source>Next event (Right)</source>
        <translation>Next event (Right)</translation>
    </message>
    <message>
        <source>To &amp;Start</source>
        <translation>To &amp;Start</translation>
    </message>
    <message>
        <source>Jump to the start (Home)</source>
        <translation>Jump to the start (Home)</translation>
    </message>
    <message>
        <source>To &amp;End</source>
        <translation>To &amp;End</translation>
    </message>
    <message>
        <source>Jump to the end (End)</source>
        <translation>Jump to the end (End)</translation>
    </message>
    <message>
        <source>&amp;Quiet Stretches Pass Quickly</source>
        <translation>&amp;Quiet Stretches Pass Quickly</translation>
    </message>
    <message>
        <source>When nothing happens for a while, jump ahead to just before the next event</source>
        <translation>When nothing happens for a while, jump ahead to just before the next event</translation>
    </message>
    <message>
        <source>&amp;About TCP Connection Lab</source>
        <translation>&amp;About TCP Connection Lab</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Panels and Toolbars</source>
        <translation>&amp;Panels and Toolbars</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Playback</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Faults in Force</source>
        <translation>Faults in Force</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>State Diagram</source>
        <translation>State Diagram</translation>
    </message>
    <message>
        <source>What Happened</source>
        <translation>What Happened</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Connection Variables</source>
        <translation>Connection Variables</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Sockets</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>&amp;Export Diagram…</translation>
    </message>
    <message>
        <source>Save the sequence diagram as a PNG, SVG or PDF file</source>
        <translation>Save the sequence diagram as a PNG, SVG or PDF file</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>Concepts</translation>
    </message>
    <message>
        <source>&amp;Copy Diagram as Image</source>
        <translation>&amp;Copy Diagram as Image</translation>
    </message>
    <message>
        <source>Put the whole sequence diagram on the clipboard as a picture</source>
        <translation>Put the whole sequence diagram on the clipboard as a picture</translation>
    </message>
    <message>
        <source>Show the F&amp;uture Faintly</source>
        <translation>Show the F&amp;uture Faintly</translation>
    </message>
    <message>
        <source>&amp;No Comparison</source>
        <translation>&amp;No Comparison</translation>
    </message>
    <message>
        <source>With the Scenario as &amp;Shipped</source>
        <translation>With the Scenario as &amp;Shipped</translation>
    </message>
    <message>
        <source>Your run beside the scenario without your faults and changes</source>
        <translation>Your run beside the scenario without your faults and changes</translation>
    </message>
    <message>
        <source>With the Teaching &amp;Variant</source>
        <translation>With the Teaching &amp;Variant</translation>
    </message>
    <message>
        <source>The real rule beside the variant that leaves it out, with the first difference named</source>
        <translation>The real rule beside the variant that leaves it out, with the first difference named</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>With the &amp;Real Rule (RFC 9293)</source>
        <translation>With the &amp;Real Rule (RFC 9293)</translation>
    </message>
    <message>
        <source>This run beside the same story under the standard rules</source>
        <translation>This run beside the same story under the standard rules</translation>
    </message>
    <message>
        <source>With a &amp;Two-Way Handshake</source>
        <translation>With a &amp;Two-Way Handshake</translation>
    </message>
    <message>
        <source>This run beside the same story if the server opened on the SYN alone</source>
        <translation>This run beside the same story if the server opened on the SYN alone</translation>
    </message>
    <message>
        <source>Without &amp;TIME-WAIT</source>
        <translation>Without &amp;TIME-WAIT</translation>
    </message>
    <message>
        <source>This run beside the same story if the active closer skipped TIME-WAIT</source>
        <translation>This run beside the same story if the active closer skipped TIME-WAIT</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Every key of the window and the command it gives</source>
        <translation>Every key of the window and the command it gives</translation>
    </message>
    <message>
        <source>Scenario &amp;File Format</source>
        <translation>Scenario &amp;File Format</translation>
    </message>
    <message>
        <source>How to write a scenario file of your own</source>
        <translation>How to write a scenario file of your own</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>What&apos;s &amp;This?</translation>
    </message>
    <message>
        <source>Then click any panel to read what it shows</source>
        <translation>Then click any panel to read what it shows</translation>
    </message>
    <message>
        <source>P&amp;resent</source>
        <translation>P&amp;resent</translation>
    </message>
    <message>
        <source>Full screen for a projector: only the diagram and a large caption of what happens</source>
        <translation>Full screen for a projector: only the diagram and a large caption of what happens</translation>
    </message>
    <message>
        <source>Lea&amp;ve Presenter Mode</source>
        <translation>Lea&amp;ve Presenter Mode</translation>
    </message>
    <message>
        <source>&amp;Blank the Screen</source>
        <translation>&amp;Blank the Screen</translation>
    </message>
    <message>
        <source>Black out the projection; B again or a step key brings it back</source>
        <translation>Black out the projection; B again or a step key brings it back</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Larger Text</translation>
    </message>
    <message>
        <source>Larger labels, caption and state diagram in presenter mode</source>
        <translation>Larger labels, caption and state diagram in presenter mode</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>&amp;Smaller Text</translation>
    </message>
    <message>
        <source>Smaller labels, caption and state diagram in presenter mode</source>
        <translation>Smaller labels, caption and state diagram in presenter mode</translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation>&amp;Default Text Size</translation>
    </message>
    <message>
        <source>The text size presenter mode starts with</source>
        <translation>The text size presenter mode starts with</translation>
    </message>
    <message>
        <source>Pause at Each &amp;Arrival</source>
        <translation>Pause at Each &amp;Arrival</translation>
    </message>
    <message>
        <source>Stop playing whenever a segment arrives, so the class can predict what comes next</source>
        <translation>Stop playing whenever a segment arrives, so the class can predict what comes next</translation>
    </message>
    <message>
        <source>Open &amp;Capture…</source>
        <translation>Open &amp;Capture…</translation>
    </message>
    <message>
        <source>Read a pcap or pcapng file (Wireshark, tcpdump) and show one of its TCP connections</source>
        <translation>Read a pcap or pcapng file (Wireshark, tcpdump) and show one of its TCP connections</translation>
    </message>
    <message>
        <source>Export Ca&amp;pture…</source>
        <translation>Export Ca&amp;pture…</translation>
    </message>
    <message>
        <source>Save the run&apos;s segments as a pcapng or pcap file for Wireshark</source>
        <translation>Save the run&apos;s segments as a pcapng or pcap file for Wireshark</translation>
    </message>
    <message>
        <source>With the &amp;Model</source>
        <translation>With the &amp;Model</translation>
    </message>
    <message>
        <source>The capture beside the simulator&apos;s run of the same story: the same ports, numbers, delay and application calls</source>
        <translation>The capture beside the simulator&apos;s run of the same story: the same ports, numbers, delay and application calls</translation>
    </message>
    <message>
        <source>Segment %1: %2 (frame %3 of the capture)</source>
        <translation>Segment %1: %2 (frame %3 of the capture)</translation>
    </message>
    <message>
        <source>%1 — capture of %2 ↔ %3</source>
        <translation>%1 — capture of %2 ↔ %3</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s), %1 events, read from the capture</source>
        <translation><numerusform>%n segment, %1 events, read from the capture</numerusform><numerusform>%n segments, %1 events, read from the capture</numerusform></translation>
    </message>
    <message>
        <source>P&amp;redict</source>
        <translation>P&amp;redict</translation>
    </message>
    <message>
        <source>Stop before each moment worth predicting, with the future hidden, and ask what happens next</source>
        <translation>Stop before each moment worth predicting, with the future hidden, and ask what happens next</translation>
    </message>
    <message>
        <source>Task done!</source>
        <translation>Task done!</translation>
    </message>
    <message>
        <source>&amp;Next Lesson</source>
        <translation>&amp;Next Lesson</translation>
    </message>
    <message>
        <source>Open the next built-in lesson</source>
        <translation>Open the next built-in lesson</translation>
    </message>
    <message>
        <source>Reset &amp;Progress…</source>
        <translation>Reset &amp;Progress…</translation>
    </message>
    <message>
        <source>Forget which lessons you visited, which questions you answered and which tasks you did</source>
        <translation>Forget which lessons you visited, which questions you answered and which tasks you did</translation>
    </message>
    <message>
        <source>Reset Progress</source>
        <translation>Reset Progress</translation>
    </message>
    <message>
        <source>Forget which lessons you visited, which questions you answered and which tasks you did? This cannot be undone.</source>
        <translation>Forget which lessons you visited, which questions you answered and which tasks you did? This cannot be undone.</translation>
    </message>
    <message>
        <source>Export &amp;Worksheet…</source>
        <translation>Export &amp;Worksheet…</translation>
    </message>
    <message>
        <source>Save a printable worksheet (PDF): the diagram with blanks to fill in, questions and an answer key</source>
        <translation>Save a printable worksheet (PDF): the diagram with blanks to fill in, questions and an answer key</translation>
    </message>
    <message>
        <source>Simulation cancelled</source>
        <translation>Simulation cancelled</translation>
    </message>
    <message>
        <source>Settings could not be saved to %1 (the disk may be full or the folder not writable); the program goes on with them in memory.</source>
        <translation>Settings could not be saved to %1 (the disk may be full or the folder not writable); the program goes on with them in memory.</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>Simulating…</translation>
    </message>
    <message numerus="yes">
        <source>Previous run shown: %n segment(s), %1 events</source>
        <translation><numerusform>Previous run shown: %n segment, %1 events</numerusform><numerusform>Previous run shown: %n segments, %1 events</numerusform></translation>
    </message>
</context>
<context>
    <name>tcplab::NarrationPanel</name>
    <message>
        <source>What Happened and Why</source>
        <translation>What Happened and Why</translation>
    </message>
    <message>
        <source>%1 · Note: %2</source>
        <translation>%1 · Note: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · Note (written for the scenario as shipped): %2</source>
        <translation>%1 · Note (written for the scenario as shipped): %2</translation>
    </message>
    <message numerus="yes">
        <source>In the original story (%n note(s))</source>
        <extracomment>Heading of the scenario&apos;s notes whose event the learner&apos;s change took away.</extracomment>
        <translation><numerusform>In the original story (%n note)</numerusform><numerusform>In the original story (%n notes)</numerusform></translation>
    </message>
</context>
<context>
    <name>tcplab::PlaybackBar</name>
    <message>
        <source>Playback</source>
        <translation>Playback</translation>
    </message>
    <message>
        <source>Timeline: drag to move from event to event</source>
        <translation>Timeline: drag to move from event to event</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Speed:</translation>
    </message>
    <message>
        <source>Playback speed: virtual time per second of real time</source>
        <translation>Playback speed: virtual time per second of real time</translation>
    </message>
    <message>
        <source>Playhead time / end of the run</source>
        <translation>Playhead time / end of the run</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>tcplab::PredictPanel</name>
    <message>
        <source>Predict</source>
        <translation>Predict</translation>
    </message>
    <message>
        <source>Predict, then see</source>
        <translation>Predict, then see</translation>
    </message>
    <message>
        <source>Turn on Playback ▸ Predict: the run then stops before each moment worth predicting, with the future hidden, and asks what happens next.</source>
        <translation>Turn on Playback ▸ Predict: the run then stops before each moment worth predicting, with the future hidden, and asks what happens next.</translation>
    </message>
    <message>
        <source>Play or step: the run stops before the next moment to predict.</source>
        <translation>Play or step: the run stops before the next moment to predict.</translation>
    </message>
    <message>
        <source>No question is left after the playhead in this run. Go back to the start or change the story to be asked again.</source>
        <translation>No question is left after the playhead in this run. Go back to the start or change the story to be asked again.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>Right: %1.</source>
        <translation>Right: %1.</translation>
    </message>
    <message>
        <source>Not %1: the run shows %2.</source>
        <translation>Not %1: the run shows %2.</translation>
    </message>
    <message>
        <source>The mistake behind “%1”: %2</source>
        <translation>The mistake behind “%1”: %2</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
</context>
<context>
    <name>tcplab::PresenterMode</name>
    <message>
        <source>Esc leaves presenter mode · B blanks the screen · Ctrl+= and Ctrl+- change the text size</source>
        <translation>Esc leaves presenter mode · B blanks the screen · Ctrl+= and Ctrl+- change the text size</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>Text size %1 %</translation>
    </message>
</context>
<context>
    <name>tcplab::ProblemListDialog</name>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copy to Clipboard</translation>
    </message>
    <message>
        <source>Copy the message and every problem as plain text</source>
        <translation>Copy the message and every problem as plain text</translation>
    </message>
</context>
<context>
    <name>tcplab::ProgressActions</name>
    <message>
        <source>Open the next lesson: %1</source>
        <translation>Open the next lesson: %1</translation>
    </message>
    <message>
        <source>Next Lesson follows the built-in lessons; a scenario file or a capture is open now</source>
        <translation>Next Lesson follows the built-in lessons; a scenario file or a capture is open now</translation>
    </message>
    <message>
        <source>This is the last lesson</source>
        <translation>This is the last lesson</translation>
    </message>
</context>
<context>
    <name>tcplab::ProgressStore</name>
    <message>
        <source>It is not a regular file.</source>
        <translation>It is not a regular file.</translation>
    </message>
    <message>
        <source>It is far too large (%1 bytes) to be a progress file.</source>
        <translation>It is far too large (%1 bytes) to be a progress file.</translation>
    </message>
    <message>
        <source>It cannot be read: %1</source>
        <translation>It cannot be read: %1</translation>
    </message>
    <message>
        <source>It is not valid JSON: %1</source>
        <translation>It is not valid JSON: %1</translation>
    </message>
    <message>
        <source>It is not a progress file this version of TCP Connection Lab understands: %1</source>
        <translation>It is not a progress file this version of TCP Connection Lab understands: %1</translation>
    </message>
    <message>
        <source>Progress Could Not Be Read</source>
        <translation>Progress Could Not Be Read</translation>
    </message>
    <message>
        <source>Your progress file %1 could not be used. %2

It could not be moved aside either, so it is left as it is and your progress in this session will not be saved.</source>
        <translation>Your progress file %1 could not be used. %2

It could not be moved aside either, so it is left as it is and your progress in this session will not be saved.</translation>
    </message>
    <message>
        <source>Your progress file %1 could not be used. %2

Your progress starts empty. The old file was kept as:
%3</source>
        <translation>Your progress file %1 could not be used. %2

Your progress starts empty. The old file was kept as:
%3</translation>
    </message>
    <message>
        <source>Progress Not Saved</source>
        <translation>Progress Not Saved</translation>
    </message>
    <message>
        <source>Your progress could not be saved to %1: %2

Nothing is lost: it is kept while the program runs and saved again with your next step.</source>
        <translation>Your progress could not be saved to %1: %2

Nothing is lost: it is kept while the program runs and saved again with your next step.</translation>
    </message>
</context>
<context>
    <name>tcplab::Questions</name>
    <message>
        <source>This run has no questions.</source>
        <translation>This run has no questions.</translation>
    </message>
    <message>
        <source>“ack = seq + 1” holds only for a segment that carries SYN or FIN and no data. A data segment is acknowledged with seq + len: the next byte expected.</source>
        <translation>“ack = seq + 1” holds only for a segment that carries SYN or FIN and no data. A data segment is acknowledged with seq + len: the next byte expected.</translation>
    </message>
    <message>
        <source>The acknowledgment number names the next byte expected, not the last byte received: seq + len, not seq + len − 1.</source>
        <translation>The acknowledgment number names the next byte expected, not the last byte received: seq + len, not seq + len − 1.</translation>
    </message>
    <message>
        <source>The acknowledgment number does not repeat the sequence number it answers; it is the next byte expected, beyond everything the segment occupied.</source>
        <translation>The acknowledgment number does not repeat the sequence number it answers; it is the next byte expected, beyond everything the segment occupied.</translation>
    </message>
    <message>
        <source>SYN and FIN each take one sequence number although they carry no data byte (RFC 9293 §3.4), so the answer to seq=x is ack=x+1.</source>
        <translation>SYN and FIN each take one sequence number although they carry no data byte (RFC 9293 §3.4), so the answer to seq=x is ack=x+1.</translation>
    </message>
    <message>
        <source>Each direction has its own sequence numbers, starting at its sender&apos;s initial sequence number: seq counts one&apos;s own bytes, ack counts the peer&apos;s.</source>
        <translation>Each direction has its own sequence numbers, starting at its sender&apos;s initial sequence number: seq counts one&apos;s own bytes, ack counts the peer&apos;s.</translation>
    </message>
    <message>
        <source>Initial sequence numbers are chosen per connection (RFC 9293 §3.4.1), not zero; each side announces its own in its SYN.</source>
        <translation>Initial sequence numbers are chosen per connection (RFC 9293 §3.4.1), not zero; each side announces its own in its SYN.</translation>
    </message>
    <message>
        <source>Two segments are not enough to open a connection: the server waits in SYN-RECEIVED for the third segment, which lets the client refuse a connection opened by an old duplicate SYN and proves both initial sequence numbers arrived.</source>
        <translation>Two segments are not enough to open a connection: the server waits in SYN-RECEIVED for the third segment, which lets the client refuse a connection opened by an old duplicate SYN and proves both initial sequence numbers arrived.</translation>
    </message>
    <message>
        <source>A close need not take four separate segments: when the application closes before the delayed ACK is due, the ACK rides on the FIN (FIN,ACK), and one segment can both acknowledge a FIN and carry one.</source>
        <translation>A close need not take four separate segments: when the application closes before the delayed ACK is due, the ACK rides on the FIN (FIN,ACK), and one segment can both acknowledge a FIN and carry one.</translation>
    </message>
    <message>
        <source>The passive closer acknowledges a FIN at once but sends its own FIN only when its application calls close(); until then it is in CLOSE-WAIT and may still send data.</source>
        <translation>The passive closer acknowledges a FIN at once but sends its own FIN only when its application calls close(); until then it is in CLOSE-WAIT and may still send data.</translation>
    </message>
    <message>
        <source>A FIN means “I will send no more”, not “I will receive no more”: it closes one direction, and the other stays open until its own FIN.</source>
        <translation>A FIN means “I will send no more”, not “I will receive no more”: it closes one direction, and the other stays open until its own FIN.</translation>
    </message>
    <message>
        <source>The ACK of one&apos;s FIN closes only one&apos;s own direction; in FIN-WAIT-2 the host still waits for the peer&apos;s FIN.</source>
        <translation>The ACK of one&apos;s FIN closes only one&apos;s own direction; in FIN-WAIT-2 the host still waits for the peer&apos;s FIN.</translation>
    </message>
    <message>
        <source>Whoever sends the first FIN (client or server) is the active closer: it passes FIN-WAIT-1 and FIN-WAIT-2 and holds TIME-WAIT. The side that closes second passes CLOSE-WAIT and LAST-ACK and ends in CLOSED.</source>
        <translation>Whoever sends the first FIN (client or server) is the active closer: it passes FIN-WAIT-1 and FIN-WAIT-2 and holds TIME-WAIT. The side that closes second passes CLOSE-WAIT and LAST-ACK and ends in CLOSED.</translation>
    </message>
    <message>
        <source>The active closer does not close at once: it waits 2×MSL in TIME-WAIT to acknowledge a retransmitted FIN again and to let old duplicates of the connection die out.</source>
        <translation>The active closer does not close at once: it waits 2×MSL in TIME-WAIT to acknowledge a retransmitted FIN again and to let old duplicates of the connection die out.</translation>
    </message>
    <message>
        <source>CLOSING is for a simultaneous close: the peer&apos;s FIN arrived before the ACK of one&apos;s own. A FIN that also acknowledges one&apos;s FIN leads straight to TIME-WAIT.</source>
        <translation>CLOSING is for a simultaneous close: the peer&apos;s FIN arrived before the ACK of one&apos;s own. A FIN that also acknowledges one&apos;s FIN leads straight to TIME-WAIT.</translation>
    </message>
    <message>
        <source>TIME-WAIT lasts 2 × MSL, the maximum segment lifetime, not 2 × the round-trip time: it must outlast any old segment still in the network.</source>
        <translation>TIME-WAIT lasts 2 × MSL, the maximum segment lifetime, not 2 × the round-trip time: it must outlast any old segment still in the network.</translation>
    </message>
    <message>
        <source>TIME-WAIT is not 2 minutes everywhere: it is 2 × MSL, and implementations choose the MSL (Linux keeps TIME-WAIT a fixed 60 s).</source>
        <translation>TIME-WAIT is not 2 minutes everywhere: it is 2 × MSL, and implementations choose the MSL (Linux keeps TIME-WAIT a fixed 60 s).</translation>
    </message>
    <message>
        <source>TIME-WAIT lasts twice the MSL: long enough for a lost last ACK to draw a retransmitted FIN, and for segments in both directions to die out.</source>
        <translation>TIME-WAIT lasts twice the MSL: long enough for a lost last ACK to draw a retransmitted FIN, and for segments in both directions to die out.</translation>
    </message>
    <message>
        <source>One lost SYN does not make connect() fail: the SYN is retransmitted a fixed number of times (Linux: 6) with growing gaps before connect() gives up.</source>
        <translation>One lost SYN does not make connect() fail: the SYN is retransmitted a fixed number of times (Linux: 6) with growing gaps before connect() gives up.</translation>
    </message>
    <message>
        <source>After each timeout the retransmission timer is doubled (RFC 6298 §5.5), so retries come ever further apart.</source>
        <translation>After each timeout the retransmission timer is doubled (RFC 6298 §5.5), so retries come ever further apart.</translation>
    </message>
    <message>
        <source>Keepalive probes repeat every 75 seconds on Linux, not every 75 minutes; the long wait (2 hours) is only the idle time before the first probe.</source>
        <translation>Keepalive probes repeat every 75 seconds on Linux, not every 75 minutes; the long wait (2 hours) is only the idle time before the first probe.</translation>
    </message>
    <message>
        <source>Only the first probe waits for the idle time; unanswered probes are repeated at the much shorter probe interval.</source>
        <translation>Only the first probe waits for the idle time; unanswered probes are repeated at the much shorter probe interval.</translation>
    </message>
    <message>
        <source>A RST is never answered, neither with an ACK nor with a RST: it ends the connection at once, with no TIME-WAIT.</source>
        <translation>A RST is never answered, neither with an ACK nor with a RST: it ends the connection at once, with no TIME-WAIT.</translation>
    </message>
    <message>
        <source>A host does answer a segment for a connection it does not have: with a RST (to a SYN, RST,ACK: connection refused). Only a firewall makes a closed port silent.</source>
        <translation>A host does answer a segment for a connection it does not have: with a RST (to a SYN, RST,ACK: connection refused). Only a firewall makes a closed port silent.</translation>
    </message>
    <message>
        <source>A host with no record of the connection and no listener cannot go along with it: it answers with RST (RFC 9293 §3.10.7.1).</source>
        <translation>A host with no record of the connection and no listener cannot go along with it: it answers with RST (RFC 9293 §3.10.7.1).</translation>
    </message>
    <message>
        <source>The side in TIME-WAIT still answers a retransmitted FIN with an ACK and restarts its 2MSL timer: that is why TIME-WAIT exists.</source>
        <translation>The side in TIME-WAIT still answers a retransmitted FIN with an ACK and restarts its 2MSL timer: that is why TIME-WAIT exists.</translation>
    </message>
    <message>
        <source>No further timeout: connect() fails now</source>
        <translation>No further timeout: connect() fails now</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Nothing: no answer at all</source>
        <translation>Nothing: no answer at all</translation>
    </message>
    <message>
        <source>An ACK</source>
        <translation>An ACK</translation>
    </message>
    <message>
        <source>A RST</source>
        <translation>A RST</translation>
    </message>
    <message>
        <source>A SYN,ACK</source>
        <translation>A SYN,ACK</translation>
    </message>
    <message>
        <source>The FIN closes only the peer&apos;s direction: the receiver acknowledges it and stays in CLOSE-WAIT, free to send, until its own application closes.</source>
        <translation>The FIN closes only the peer&apos;s direction: the receiver acknowledges it and stays in CLOSE-WAIT, free to send, until its own application closes.</translation>
    </message>
    <message>
        <source>The ACK of its FIN closes only its own direction; it waits in FIN-WAIT-2 for the peer&apos;s FIN.</source>
        <translation>The ACK of its FIN closes only its own direction; it waits in FIN-WAIT-2 for the peer&apos;s FIN.</translation>
    </message>
    <message>
        <source>One segment both acknowledged its FIN and carried the peer&apos;s FIN, so it goes straight to TIME-WAIT.</source>
        <translation>One segment both acknowledged its FIN and carried the peer&apos;s FIN, so it goes straight to TIME-WAIT.</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived before the ACK of its own: a simultaneous close. It waits in CLOSING for that ACK.</source>
        <translation>The peer&apos;s FIN arrived before the ACK of its own: a simultaneous close. It waits in CLOSING for that ACK.</translation>
    </message>
    <message>
        <source>Both directions are closed now. The active closer acknowledges the FIN and waits 2×MSL in TIME-WAIT.</source>
        <translation>Both directions are closed now. The active closer acknowledges the FIN and waits 2×MSL in TIME-WAIT.</translation>
    </message>
    <message>
        <source>The side that closes second sends its FIN and waits in LAST-ACK for the acknowledgment.</source>
        <translation>The side that closes second sends its FIN and waits in LAST-ACK for the acknowledgment.</translation>
    </message>
    <message>
        <source>The ACK of its FIN ends the passive closer&apos;s part: it goes to CLOSED, with no TIME-WAIT.</source>
        <translation>The ACK of its FIN ends the passive closer&apos;s part: it goes to CLOSED, with no TIME-WAIT.</translation>
    </message>
    <message>
        <source>In a simultaneous close both sides sent the first FIN, so both hold TIME-WAIT once their FIN is acknowledged.</source>
        <translation>In a simultaneous close both sides sent the first FIN, so both hold TIME-WAIT once their FIN is acknowledged.</translation>
    </message>
    <message>
        <source>%1 has just received %2. Which segment does %1 send next?</source>
        <translation>%1 has just received %2. Which segment does %1 send next?</translation>
    </message>
    <message>
        <source>The server answers a SYN with its own SYN and the ACK of the client&apos;s in one segment: seq is its own initial sequence number, ack the client&apos;s ISN + 1.</source>
        <translation>The server answers a SYN with its own SYN and the ACK of the client&apos;s in one segment: seq is its own initial sequence number, ack the client&apos;s ISN + 1.</translation>
    </message>
    <message>
        <source>Its application closed before the delayed ACK was due, so the ACK of the FIN rides on its own FIN: one FIN,ACK instead of two segments.</source>
        <translation>Its application closed before the delayed ACK was due, so the ACK of the FIN rides on its own FIN: one FIN,ACK instead of two segments.</translation>
    </message>
    <message>
        <source>The FIN is acknowledged at once (ack = its seq + 1), but the receiver&apos;s own FIN waits until its application closes.</source>
        <translation>The FIN is acknowledged at once (ack = its seq + 1), but the receiver&apos;s own FIN waits until its application closes.</translation>
    </message>
    <message>
        <source>%1 has just received %2. Which acknowledgment number does %1 send back?</source>
        <translation>%1 has just received %2. Which acknowledgment number does %1 send back?</translation>
    </message>
    <message>
        <source>The acknowledgment number is the next byte expected: seq + len for data (plus one if the segment also carries SYN or FIN).</source>
        <translation>The acknowledgment number is the next byte expected: seq + len for data (plus one if the segment also carries SYN or FIN).</translation>
    </message>
    <message>
        <source>A SYN or FIN takes one sequence number, so the answer to seq=x is ack=x+1.</source>
        <translation>A SYN or FIN takes one sequence number, so the answer to seq=x is ack=x+1.</translation>
    </message>
    <message>
        <source>%1 is in %2 and its application calls close(). Which state does %1 move to?</source>
        <translation>%1 is in %2 and its application calls close(). Which state does %1 move to?</translation>
    </message>
    <message>
        <source>%1 is in %2 and receives %3. Which state does %1 move to?</source>
        <translation>%1 is in %2 and receives %3. Which state does %1 move to?</translation>
    </message>
    <message>
        <source>%1 has just entered TIME-WAIT. How long does its 2MSL timer run?</source>
        <translation>%1 has just entered TIME-WAIT. How long does its 2MSL timer run?</translation>
    </message>
    <message>
        <source>TIME-WAIT lasts twice the maximum segment lifetime (MSL) of this host&apos;s settings: long enough to acknowledge a retransmitted FIN and for old duplicates to die out.</source>
        <translation>TIME-WAIT lasts twice the maximum segment lifetime (MSL) of this host&apos;s settings: long enough to acknowledge a retransmitted FIN and for old duplicates to die out.</translation>
    </message>
    <message>
        <source>%1&apos;s SYN got no answer: its retransmission timer ran out after %2 s and %1 sent the SYN again. How long does the timer run now?</source>
        <translation>%1&apos;s SYN got no answer: its retransmission timer ran out after %2 s and %1 sent the SYN again. How long does the timer run now?</translation>
    </message>
    <message>
        <source>Each timeout is followed by a retry with a longer timer (doubled, RFC 6298 §5.5, unless a linear start or the cap applies), a fixed number of times.</source>
        <translation>Each timeout is followed by a retry with a longer timer (doubled, RFC 6298 §5.5, unless a linear start or the cap applies), a fixed number of times.</translation>
    </message>
    <message>
        <source>After %2 s of silence %1 has sent its first keepalive probe. If no answer comes, how long until the next probe?</source>
        <translation>After %2 s of silence %1 has sent its first keepalive probe. If no answer comes, how long until the next probe?</translation>
    </message>
    <message>
        <source>Unanswered probes are repeated at the keepalive interval (Linux: 75 s, 9 probes) until the peer answers or the connection is given up.</source>
        <translation>Unanswered probes are repeated at the keepalive interval (Linux: 75 s, 9 probes) until the peer answers or the connection is given up.</translation>
    </message>
    <message>
        <source>%1 receives %2. How does %1 answer it?</source>
        <translation>%1 receives %2. How does %1 answer it?</translation>
    </message>
    <message>
        <source>A RST is never answered: if its sequence number is acceptable it ends the connection at once, otherwise it is ignored (RFC 9293 §3.10.7.4).</source>
        <translation>A RST is never answered: if its sequence number is acceptable it ends the connection at once, otherwise it is ignored (RFC 9293 §3.10.7.4).</translation>
    </message>
    <message>
        <source>No connection has these addresses and nobody listens on the port, so the host answers with RST (RFC 9293 §3.10.7.1).</source>
        <translation>No connection has these addresses and nobody listens on the port, so the host answers with RST (RFC 9293 §3.10.7.1).</translation>
    </message>
    <message>
        <source>The FIN came again because the last ACK was lost; the host is still in TIME-WAIT, so it acknowledges the FIN again and restarts its 2MSL timer.</source>
        <translation>The FIN came again because the last ACK was lost; the host is still in TIME-WAIT, so it acknowledges the FIN again and restarts its 2MSL timer.</translation>
    </message>
    <message>
        <source>Here the timeout did not double: the first SYN retries come at a fixed gap (Linux tcp_syn_linear_timeouts), or the timeout has reached its cap.</source>
        <translation>Here the timeout did not double: the first SYN retries come at a fixed gap (Linux tcp_syn_linear_timeouts), or the timeout has reached its cap.</translation>
    </message>
</context>
<context>
    <name>tcplab::RecentFilesMenu</name>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Clear List</translation>
    </message>
</context>
<context>
    <name>tcplab::RunStatusBanner</name>
    <message>
        <source>Simulating a long run. The diagram shows the previous run until this one is done.</source>
        <translation>Simulating a long run. The diagram shows the previous run until this one is done.</translation>
    </message>
    <message>
        <source>Simulation cancelled. The diagram still shows the previous run; your edits are kept.</source>
        <translation>Simulation cancelled. The diagram still shows the previous run; your edits are kept.</translation>
    </message>
    <message>
        <source>This run was not started: it would pass the limit of %1 events a run may have.</source>
        <translation>This run was not started: it would pass the limit of %1 events a run may have.</translation>
    </message>
    <message>
        <source>The run stopped at the limit of %1 events (at %2 s): the diagram shows only the part it reached. Shorten the run (duration_s in the scenario file) or make it smaller (fewer SYNs in a flood, less data in a send).</source>
        <translation>The run stopped at the limit of %1 events (at %2 s): the diagram shows only the part it reached. Shorten the run (duration_s in the scenario file) or make it smaller (fewer SYNs in a flood, less data in a send).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Run Again</source>
        <translation>Run Again</translation>
    </message>
</context>
<context>
    <name>tcplab::ScenarioBrowser</name>
    <message>
        <source>Opening: the three-way handshake</source>
        <translation>Opening: the three-way handshake</translation>
    </message>
    <message>
        <source>Data and acknowledgements</source>
        <translation>Data and acknowledgements</translation>
    </message>
    <message>
        <source>Closing: FIN, half-close</source>
        <translation>Closing: FIN, half-close</translation>
    </message>
    <message>
        <source>TIME-WAIT</source>
        <translation>TIME-WAIT</translation>
    </message>
    <message>
        <source>Failures: loss, crashes, resets</source>
        <translation>Failures: loss, crashes, resets</translation>
    </message>
    <message>
        <source>Double-click a scenario to open it.</source>
        <translation>Double-click a scenario to open it.</translation>
    </message>
    <message>
        <source>Double-click to open.</source>
        <translation>Double-click to open.</translation>
    </message>
    <message>
        <source>Not visited yet</source>
        <translation>Not visited yet</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>questions: %1/%2 answered, %3 right first time</source>
        <translation>questions: %1/%2 answered, %3 right first time</translation>
    </message>
    <message>
        <source>challenges: %1/%2 done</source>
        <translation>challenges: %1/%2 done</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesson(s) visited</source>
        <translation><numerusform>%1 of %n lesson visited</numerusform><numerusform>%1 of %n lessons visited</numerusform></translation>
    </message>
    <message>
        <source>Attacks and defences: SYN flood, forged RSTs</source>
        <translation>Attacks and defences: SYN flood, forged RSTs</translation>
    </message>
</context>
<context>
    <name>tcplab::ScenarioEditor</name>
    <message>
        <source>%1 listens on port %2</source>
        <translation>%1 listens on port %2</translation>
    </message>
    <message>
        <source>%1 connects to %2:%3</source>
        <translation>%1 connects to %2:%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 sends %n byte(s)</source>
        <translation><numerusform>%1 sends %n byte</numerusform><numerusform>%1 sends %n bytes</numerusform></translation>
    </message>
    <message>
        <source>%1 shuts down its sending side</source>
        <translation>%1 shuts down its sending side</translation>
    </message>
    <message>
        <source>%1 closes</source>
        <translation>%1 closes</translation>
    </message>
    <message>
        <source>%1 aborts</source>
        <translation>%1 aborts</translation>
    </message>
    <message>
        <source>%1 reads</source>
        <translation>%1 reads</translation>
    </message>
    <message>
        <source>%1 crashes</source>
        <translation>%1 crashes</translation>
    </message>
    <message>
        <source>%1 reboots</source>
        <translation>%1 reboots</translation>
    </message>
    <message>
        <source>%1&apos;s process is killed</source>
        <translation>%1&apos;s process is killed</translation>
    </message>
    <message>
        <source>%1 floods %2 with SYNs</source>
        <translation>%1 floods %2 with SYNs</translation>
    </message>
    <message>
        <source>%1 at %2 s</source>
        <translation>%1 at %2 s</translation>
    </message>
    <message>
        <source>Remove fault: %1</source>
        <translation>Remove fault: %1</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Set %1 to %2</translation>
    </message>
    <message>
        <source>Add action: %1</source>
        <translation>Add action: %1</translation>
    </message>
    <message>
        <source>Reset scenario</source>
        <translation>Reset scenario</translation>
    </message>
    <message>
        <source>Use the %1 profile</source>
        <translation>Use the %1 profile</translation>
    </message>
    <message>
        <source>%1 injects a segment</source>
        <translation>%1 injects a segment</translation>
    </message>
</context>
<context>
    <name>tcplab::ScenarioFileDialogs</name>
    <message>
        <source>Open Scenario</source>
        <translation>Open Scenario</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Scenario files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>Save Scenario As</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>Scenario files (*.json)</translation>
    </message>
</context>
<context>
    <name>tcplab::ScenarioFiles</name>
    <message>
        <source>Cannot Open Scenario</source>
        <translation>Cannot Open Scenario</translation>
    </message>
    <message>
        <source>The built-in scenario “%1” could not be loaded:

%2</source>
        <translation>The built-in scenario “%1” could not be loaded:

%2</translation>
    </message>
    <message>
        <source>“%1” is not a valid scenario file. The current scenario stays open.

%2</source>
        <translation>“%1” is not a valid scenario file. The current scenario stays open.

%2</translation>
    </message>
    <message>
        <source>Cannot Save Scenario</source>
        <translation>Cannot Save Scenario</translation>
    </message>
    <message>
        <source>The scenario could not be saved to “%1”:

%2</source>
        <translation>The scenario could not be saved to “%1”:

%2</translation>
    </message>
</context>
<context>
    <name>tcplab::ScenarioFormatDialog</name>
    <message>
        <source>Scenario File Format</source>
        <translation>Scenario File Format</translation>
    </message>
    <message>
        <source>This reference is written in English only.</source>
        <translation>This reference is written in English only.</translation>
    </message>
</context>
<context>
    <name>tcplab::SegmentInspector</name>
    <message>
        <source>Sent by %1 at %2.</source>
        <translation>Sent by %1 at %2.</translation>
    </message>
    <message>
        <source>Sent by %1 at %2; arrives at %3 at %4.</source>
        <translation>Sent by %1 at %2; arrives at %3 at %4.</translation>
    </message>
    <message>
        <source>This is a retransmission of segment %1 (sent at %2): %3 sent the same bytes again because no ACK for them came before its retransmission timer expired.</source>
        <translation>This is a retransmission of segment %1 (sent at %2): %3 sent the same bytes again because no ACK for them came before its retransmission timer expired.</translation>
    </message>
    <message>
        <source>This is a retransmission: no ACK came before the retransmission timer expired.</source>
        <translation>This is a retransmission: no ACK came before the retransmission timer expired.</translation>
    </message>
    <message>
        <source>This is a duplicate made by the network: an extra copy of segment %1, which %2 sent only once. The receiver must recognise it as old.</source>
        <translation>This is a duplicate made by the network: an extra copy of segment %1, which %2 sent only once. The receiver must recognise it as old.</translation>
    </message>
    <message>
        <source>The fault plan delayed it by %1.</source>
        <translation>The fault plan delayed it by %1.</translation>
    </message>
    <message>
        <source>The fault plan makes the network deliver an extra copy of it %1 later.</source>
        <translation>The fault plan makes the network deliver an extra copy of it %1 later.</translation>
    </message>
    <message>
        <source>The ACK flag (one bit) is 1, so the acknowledgment number (a 32-bit field) is valid. After the handshake every segment carries ACK=1.</source>
        <translation>The ACK flag (one bit) is 1, so the acknowledgment number (a 32-bit field) is valid. After the handshake every segment carries ACK=1.</translation>
    </message>
    <message>
        <source>The ACK flag is 0, so the acknowledgment number field means nothing here (it is sent as 0). Do not confuse the ACK flag (a bit) with the ack field (a number).</source>
        <translation>The ACK flag is 0, so the acknowledgment number field means nothing here (it is sent as 0). Do not confuse the ACK flag (a bit) with the ack field (a number).</translation>
    </message>
    <message>
        <source>Data offset %1: the header is %1 × 4 = %2 bytes, the 20-byte fixed header plus the 4-byte MSS option.</source>
        <translation>Data offset %1: the header is %1 × 4 = %2 bytes, the 20-byte fixed header plus the 4-byte MSS option.</translation>
    </message>
    <message>
        <source>Data offset %1: the header is %1 × 4 = %2 bytes, without options.</source>
        <translation>Data offset %1: the header is %1 × 4 = %2 bytes, without options.</translation>
    </message>
    <message>
        <source>MSS %1: the largest segment of data %2 will accept, its MTU minus 40 bytes of IPv4 and TCP headers. Only SYN segments carry it.</source>
        <translation>MSS %1: the largest segment of data %2 will accept, its MTU minus 40 bytes of IPv4 and TCP headers. Only SYN segments carry it.</translation>
    </message>
    <message>
        <source>Window %1: how many more bytes %2 is ready to receive beyond its acknowledgment number.</source>
        <translation>Window %1: how many more bytes %2 is ready to receive beyond its acknowledgment number.</translation>
    </message>
    <message>
        <source>Checksum 0x%1, computed over the IPv4 pseudo-header (%2 → %3, protocol 6, TCP length %4) and the whole segment; a receiver silently drops a segment whose checksum does not match.</source>
        <translation>Checksum 0x%1, computed over the IPv4 pseudo-header (%2 → %3, protocol 6, TCP length %4) and the whole segment; a receiver silently drops a segment whose checksum does not match.</translation>
    </message>
    <message>
        <source>No data: this segment carries only its header.</source>
        <translation>No data: this segment carries only its header.</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <source>Segment Inspector</source>
        <translation>Segment Inspector</translation>
    </message>
    <message>
        <source>Select a segment in the sequence diagram to see its TCP header.</source>
        <translation>Select a segment in the sequence diagram to see its TCP header.</translation>
    </message>
    <message>
        <source>What the numbers mean</source>
        <translation>What the numbers mean</translation>
    </message>
    <message>
        <source>Data (text and hex)</source>
        <translation>Data (text and hex)</translation>
    </message>
    <message>
        <source>Checksum: over IPv6 it is computed over the IPv6 pseudo-header (%1 → %2, next header 6, TCP length %3) and the whole segment (RFC 8200 §8.1); a receiver silently drops a segment whose checksum does not match.</source>
        <translation>Checksum: over IPv6 it is computed over the IPv6 pseudo-header (%1 → %2, next header 6, TCP length %3) and the whole segment (RFC 8200 §8.1); a receiver silently drops a segment whose checksum does not match.</translation>
    </message>
    <message>
        <source>Segment %1: %2 → %3   %4</source>
        <translation>Segment %1: %2 → %3   %4</translation>
    </message>
</context>
<context>
    <name>tcplab::SegmentMenu</name>
    <message>
        <source>Drop This Segment</source>
        <translation>Drop This Segment</translation>
    </message>
    <message>
        <source>Delay…</source>
        <translation>Delay…</translation>
    </message>
    <message>
        <source>Delay Segment</source>
        <translation>Delay Segment</translation>
    </message>
    <message>
        <source>Extra delay in milliseconds:</source>
        <translation>Extra delay in milliseconds:</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicate…</translation>
    </message>
    <message>
        <source>Duplicate Segment</source>
        <translation>Duplicate Segment</translation>
    </message>
    <message>
        <source>The copy arrives this many milliseconds after the original:</source>
        <translation>The copy arrives this many milliseconds after the original:</translation>
    </message>
    <message>
        <source>Remove Fault</source>
        <translation>Remove Fault</translation>
    </message>
</context>
<context>
    <name>tcplab::SequenceDiagramView</name>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Original transmission</source>
        <translation>Original transmission</translation>
    </message>
    <message>
        <source>Retransmission</source>
        <translation>Retransmission</translation>
    </message>
    <message>
        <source>Duplicate made by the network</source>
        <translation>Duplicate made by the network</translation>
    </message>
    <message>
        <source>Fault: dropped</source>
        <translation>Fault: dropped</translation>
    </message>
    <message>
        <source>Fault: delayed by %1</source>
        <translation>Fault: delayed by %1</translation>
    </message>
    <message>
        <source>Fault: duplicated, copy %1 later</source>
        <translation>Fault: duplicated, copy %1 later</translation>
    </message>
    <message>
        <source>Sent at %1 s</source>
        <translation>Sent at %1 s</translation>
    </message>
    <message>
        <source>Dropped at %1 s</source>
        <translation>Dropped at %1 s</translation>
    </message>
    <message>
        <source>Arrives at %1 s (after %2)</source>
        <translation>Arrives at %1 s (after %2)</translation>
    </message>
    <message>
        <source>No simulation yet</source>
        <translation>No simulation yet</translation>
    </message>
    <message>
        <source>Click to show every segment of the flood</source>
        <translation>Click to show every segment of the flood</translation>
    </message>
    <message>
        <source>Click to show the flood as one band again</source>
        <translation>Click to show the flood as one band again</translation>
    </message>
    <message>
        <source>%1 → %2 (%3 → %4)</source>
        <translation>%1 → %2 (%3 → %4)</translation>
    </message>
</context>
<context>
    <name>tcplab::Settings</name>
    <message>
        <source>Random seed</source>
        <translation>Random seed</translation>
    </message>
    <message>
        <source>Where the random numbers (initial sequence numbers, jitter, loss) start: the same seed gives the same run.</source>
        <translation>Where the random numbers (initial sequence numbers, jitter, loss) start: the same seed gives the same run.</translation>
    </message>
    <message>
        <source>Delay each way</source>
        <translation>Delay each way</translation>
    </message>
    <message>
        <source>The time a segment takes from one host to the other, in each direction, unless a link sets its own.</source>
        <translation>The time a segment takes from one host to the other, in each direction, unless a link sets its own.</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>Each segment&apos;s delay varies at random by up to this much either way; at most the delay.</source>
        <translation>Each segment&apos;s delay varies at random by up to this much either way; at most the delay.</translation>
    </message>
    <message>
        <source>Random loss</source>
        <translation>Random loss</translation>
    </message>
    <message>
        <source>The chance that the network loses a segment: 0 never, 1 always.</source>
        <translation>The chance that the network loses a segment: 0 never, 1 always.</translation>
    </message>
    <message>
        <source>Delay %1 → %2</source>
        <translation>Delay %1 → %2</translation>
    </message>
    <message>
        <source>The delay from %1 to %2 alone; “default” gives it back to the network&apos;s delay.</source>
        <translation>The delay from %1 to %2 alone; “default” gives it back to the network&apos;s delay.</translation>
    </message>
    <message>
        <source>Loss %1 → %2</source>
        <translation>Loss %1 → %2</translation>
    </message>
    <message>
        <source>The loss from %1 to %2 alone; “default” gives it back to the network&apos;s loss.</source>
        <translation>The loss from %1 to %2 alone; “default” gives it back to the network&apos;s loss.</translation>
    </message>
    <message>
        <source>Protocol variant</source>
        <translation>Protocol variant</translation>
    </message>
    <message>
        <source>Teaching variants leave out a rule to show what goes wrong without it.</source>
        <translation>Teaching variants leave out a rule to show what goes wrong without it.</translation>
    </message>
    <message>
        <source>Initial RTO</source>
        <translation>Initial RTO</translation>
    </message>
    <message>
        <source>RFC 6298: the first retransmission timeout is 1 s; it doubles on each retry.</source>
        <translation>RFC 6298: the first retransmission timeout is 1 s; it doubles on each retry.</translation>
    </message>
    <message>
        <source>Minimum RTO</source>
        <translation>Minimum RTO</translation>
    </message>
    <message>
        <source>The retransmission timeout never drops below this (Linux: 200 ms; RFC 6298 §2.4 says 1 s). At most the initial RTO.</source>
        <translation>The retransmission timeout never drops below this (Linux: 200 ms; RFC 6298 §2.4 says 1 s). At most the initial RTO.</translation>
    </message>
    <message>
        <source>Maximum RTO</source>
        <translation>Maximum RTO</translation>
    </message>
    <message>
        <source>Doubling stops at this timeout (Linux: 120 s; RFC 6298 §2.5 asks for at least 60 s). At least the initial RTO.</source>
        <translation>Doubling stops at this timeout (Linux: 120 s; RFC 6298 §2.5 asks for at least 60 s). At least the initial RTO.</translation>
    </message>
    <message>
        <source>SYN retries</source>
        <translation>SYN retries</translation>
    </message>
    <message>
        <source>Linux tcp_syn_retries: 6, so connect() gives up after about 127 s.</source>
        <translation>Linux tcp_syn_retries: 6, so connect() gives up after about 127 s.</translation>
    </message>
    <message>
        <source>SYN,ACK retries</source>
        <translation>SYN,ACK retries</translation>
    </message>
    <message>
        <source>Linux tcp_synack_retries: 5.</source>
        <translation>Linux tcp_synack_retries: 5.</translation>
    </message>
    <message>
        <source>Data retries</source>
        <translation>Data retries</translation>
    </message>
    <message>
        <source>Linux tcp_retries2: 15 retransmissions of data before the connection is given up.</source>
        <translation>Linux tcp_retries2: 15 retransmissions of data before the connection is given up.</translation>
    </message>
    <message>
        <source>Linear SYN timeouts</source>
        <translation>Linear SYN timeouts</translation>
    </message>
    <message>
        <source>MSL</source>
        <translation>MSL</translation>
    </message>
    <message>
        <source>Maximum segment lifetime; TIME-WAIT lasts twice as long (Linux: 60 s).</source>
        <translation>Maximum segment lifetime; TIME-WAIT lasts twice as long (Linux: 60 s).</translation>
    </message>
    <message>
        <source>FIN-WAIT-2 timeout</source>
        <translation>FIN-WAIT-2 timeout</translation>
    </message>
    <message>
        <source>Linux tcp_fin_timeout: how long a closed socket waits in FIN-WAIT-2 for the peer&apos;s FIN (60 s).</source>
        <translation>Linux tcp_fin_timeout: how long a closed socket waits in FIN-WAIT-2 for the peer&apos;s FIN (60 s).</translation>
    </message>
    <message>
        <source>Keepalive</source>
        <translation>Keepalive</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE: probe a connection that has been idle, to find a peer that is gone (off unless the application asks).</source>
        <translation>SO_KEEPALIVE: probe a connection that has been idle, to find a peer that is gone (off unless the application asks).</translation>
    </message>
    <message>
        <source>Keepalive idle time</source>
        <translation>Keepalive idle time</translation>
    </message>
    <message>
        <source>RFC 1122 §4.2.3.6: at least two hours by default (Linux: 7200 s).</source>
        <translation>RFC 1122 §4.2.3.6: at least two hours by default (Linux: 7200 s).</translation>
    </message>
    <message>
        <source>Keepalive interval</source>
        <translation>Keepalive interval</translation>
    </message>
    <message>
        <source>Linux: a probe every 75 seconds (seconds, not minutes).</source>
        <translation>Linux: a probe every 75 seconds (seconds, not minutes).</translation>
    </message>
    <message>
        <source>Keepalive probes</source>
        <translation>Keepalive probes</translation>
    </message>
    <message>
        <source>Linux: 9 unanswered probes drop the connection.</source>
        <translation>Linux: 9 unanswered probes drop the connection.</translation>
    </message>
    <message>
        <source>Delayed ACK</source>
        <translation>Delayed ACK</translation>
    </message>
    <message>
        <source>RFC 1122 §4.2.3.2: hold an ACK back a little, so that it can travel with data or acknowledge two segments at once.</source>
        <translation>RFC 1122 §4.2.3.2: hold an ACK back a little, so that it can travel with data or acknowledge two segments at once.</translation>
    </message>
    <message>
        <source>Delayed ACK timeout</source>
        <translation>Delayed ACK timeout</translation>
    </message>
    <message>
        <source>How long an ACK may wait: under half a second by RFC 1122 §4.2.3.2 (Linux: about 40 ms).</source>
        <translation>How long an ACK may wait: under half a second by RFC 1122 §4.2.3.2 (Linux: about 40 ms).</translation>
    </message>
    <message>
        <source>Listen backlog</source>
        <translation>Listen backlog</translation>
    </message>
    <message>
        <source>The default listen() backlog: how many connections may wait for accept().</source>
        <translation>The default listen() backlog: how many connections may wait for accept().</translation>
    </message>
    <message>
        <source>SYN cookies</source>
        <translation>SYN cookies</translation>
    </message>
    <message>
        <source>The server keeps no state for a SYN until the final ACK proves the address.</source>
        <translation>The server keeps no state for a SYN until the final ACK proves the address.</translation>
    </message>
    <message>
        <source>Receive window</source>
        <translation>Receive window</translation>
    </message>
    <message>
        <source>The receive window advertised: at most 65535 bytes without window scaling (RFC 9293 §3.1).</source>
        <translation>The receive window advertised: at most 65535 bytes without window scaling (RFC 9293 §3.1).</translation>
    </message>
    <message>
        <source>RST ends TIME-WAIT</source>
        <translation>RST ends TIME-WAIT</translation>
    </message>
    <message>
        <source>New SYN reopens TIME-WAIT</source>
        <translation>New SYN reopens TIME-WAIT</translation>
    </message>
    <message>
        <source>RFC 1122 §4.2.2.13, as Linux does: a SYN with a higher sequence number ends TIME-WAIT and opens a new connection.</source>
        <translation>RFC 1122 §4.2.2.13, as Linux does: a SYN with a higher sequence number ends TIME-WAIT and opens a new connection.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>Linux 6.5+: this many extra SYN retries at the initial RTO before the doubling ones (Linux: 4; 0 = classic doubling).</source>
        <translation>Linux 6.5+: this many extra SYN retries at the initial RTO before the doubling ones (Linux: 4; 0 = classic doubling).</translation>
    </message>
    <message>
        <source>Quick ACKs</source>
        <translation>Quick ACKs</translation>
    </message>
    <message>
        <source>With delayed ACK: how many of a connection&apos;s first data segments are still acknowledged at once (Linux quick-ACK mode: up to 16).</source>
        <translation>With delayed ACK: how many of a connection&apos;s first data segments are still acknowledged at once (Linux quick-ACK mode: up to 16).</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4 and Linux (tcp_rfc1337 = 0): an in-window RST received in TIME-WAIT ends it at once. Off: RFC 1337&apos;s protection.</source>
        <translation>RFC 9293 §3.10.7.4 and Linux (tcp_rfc1337 = 0): an in-window RST received in TIME-WAIT ends it at once. Off: RFC 1337&apos;s protection.</translation>
    </message>
    <message>
        <source>ISN after TIME-WAIT from the old connection</source>
        <translation>ISN after TIME-WAIT from the old connection</translation>
    </message>
    <message>
        <source>Linux: a connection that reopens TIME-WAIT starts its sequence numbers at the old SND.NXT + 65537, beyond anything the old one sent.</source>
        <translation>Linux: a connection that reopens TIME-WAIT starts its sequence numbers at the old SND.NXT + 65537, beyond anything the old one sent.</translation>
    </message>
    <message>
        <source>RST carries ACK</source>
        <translation>RST carries ACK</translation>
    </message>
    <message>
        <source>Linux: a RST the endpoint sends on its own (abort, close with unread data, keepalive giving up) is RST,ACK; RFC 9293 §3.10.5 sends a bare RST.</source>
        <translation>Linux: a RST the endpoint sends on its own (abort, close with unread data, keepalive giving up) is RST,ACK; RFC 9293 §3.10.5 sends a bare RST.</translation>
    </message>
    <message>
        <source>Challenge ACK (RFC 5961)</source>
        <translation>Challenge ACK (RFC 5961)</translation>
    </message>
    <message>
        <source>RFC 5961 §3.2, part of RFC 9293 §3.10.7.4: a RST that is in the window but not exactly at RCV.NXT is answered with a challenge ACK and does not end the connection, so a blind guess rarely succeeds. Off: the older rule, where any in-window RST resets.</source>
        <translation>RFC 5961 §3.2, part of RFC 9293 §3.10.7.4: a RST that is in the window but not exactly at RCV.NXT is answered with a challenge ACK and does not end the connection, so a blind guess rarely succeeds. Off: the older rule, where any in-window RST resets.</translation>
    </message>
    <message>
        <source>RST for a new SYN in SYN-RECEIVED</source>
        <translation>RST for a new SYN in SYN-RECEIVED</translation>
    </message>
    <message>
        <source>Linux (tcp_check_req): a SYN with a new sequence number inside the window of a half-open connection is answered with a RST and the connection request is dropped. Off: RFC 9293 §3.10.7.4, back to LISTEN without an answer.</source>
        <translation>Linux (tcp_check_req): a SYN with a new sequence number inside the window of a half-open connection is answered with a RST and the connection request is dropped. Off: RFC 9293 §3.10.7.4, back to LISTEN without an answer.</translation>
    </message>
</context>
<context>
    <name>tcplab::SettingsFileCheck</name>
    <message>
        <source>Settings Could Not Be Read</source>
        <translation>Settings Could Not Be Read</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so TCP Connection Lab starts with its default settings. The old file was kept as:
%1</source>
        <translation>Your settings file could not be read, so TCP Connection Lab starts with its default settings. The old file was kept as:
%1</translation>
    </message>
</context>
<context>
    <name>tcplab::SettingsPanel</name>
    <message>
        <source>Scenario file key: %1</source>
        <translation>Scenario file key: %1</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Not applied: %1</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Standard (RFC 9293)</source>
        <translation>Standard (RFC 9293)</translation>
    </message>
    <message>
        <source>Two-way handshake (flawed)</source>
        <translation>Two-way handshake (flawed)</translation>
    </message>
    <message>
        <source>No TIME-WAIT (flawed)</source>
        <translation>No TIME-WAIT (flawed)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Range: %1 to %2</source>
        <translation>Range: %1 to %2</translation>
    </message>
    <message>
        <source>Range: %1 to %2 %3</source>
        <translation>Range: %1 to %2 %3</translation>
    </message>
    <message>
        <source>RFC 9293 (as written)</source>
        <translation>RFC 9293 (as written)</translation>
    </message>
    <message>
        <source>Linux 6.x defaults</source>
        <translation>Linux 6.x defaults</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>A starting point for the protocol settings: the RFCs as written, or what a Linux 6.x kernel does. Every difference is one of the settings below, which stay editable (docs/profiles.md).</source>
        <translation>A starting point for the protocol settings: the RFCs as written, or what a Linux 6.x kernel does. Every difference is one of the settings below, which stay editable (docs/profiles.md).</translation>
    </message>
</context>
<context>
    <name>tcplab::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>The keys of the window. Keys for playback work anywhere in the window except while you type in a field.</source>
        <translation>The keys of the window. Keys for playback work anywhere in the window except while you type in a field.</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>In presenter mode</source>
        <translation>In presenter mode</translation>
    </message>
    <message>
        <source>Outside presenter mode</source>
        <translation>Outside presenter mode</translation>
    </message>
</context>
<context>
    <name>tcplab::SocketTableModel</name>
    <message>
        <source>%1 is how ss prints the state %2 (RFC 9293).</source>
        <translation>%1 is how ss prints the state %2 (RFC 9293).</translation>
    </message>
    <message>
        <source>For a listener: connections waiting in the accept queue. The scenario&apos;s applications accept at once, so it stays 0.</source>
        <translation>For a listener: connections waiting in the accept queue. The scenario&apos;s applications accept at once, so it stays 0.</translation>
    </message>
    <message>
        <source>Bytes received that the application has not read yet.</source>
        <translation>Bytes received that the application has not read yet.</translation>
    </message>
    <message>
        <source>For a listener: the backlog, the limit of its queues.</source>
        <translation>For a listener: the backlog, the limit of its queues.</translation>
    </message>
    <message>
        <source>Bytes sent (or queued) that the peer has not acknowledged yet.</source>
        <translation>Bytes sent (or queued) that the peer has not acknowledged yet.</translation>
    </message>
    <message>
        <source>Half-open connections (SYN-RECV) waiting for the handshake&apos;s last ACK.</source>
        <translation>Half-open connections (SYN-RECV) waiting for the handshake&apos;s last ACK.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Recv-Q</source>
        <translation>Recv-Q</translation>
    </message>
    <message>
        <source>Send-Q</source>
        <translation>Send-Q</translation>
    </message>
    <message>
        <source>SYN queue</source>
        <translation>SYN queue</translation>
    </message>
    <message>
        <source>Local Address:Port</source>
        <translation>Local Address:Port</translation>
    </message>
    <message>
        <source>Peer Address:Port</source>
        <translation>Peer Address:Port</translation>
    </message>
    <message>
        <source>Established: bytes not yet read. Listener: the accept queue.</source>
        <translation>Established: bytes not yet read. Listener: the accept queue.</translation>
    </message>
    <message>
        <source>Established: bytes not yet acknowledged. Listener: the backlog.</source>
        <translation>Established: bytes not yet acknowledged. Listener: the backlog.</translation>
    </message>
    <message>
        <source>Listener only: half-open connections in SYN-RECV. Not a column of ss; it counts the rows `ss -tan state syn-recv` would show.</source>
        <translation>Listener only: half-open connections in SYN-RECV. Not a column of ss; it counts the rows `ss -tan state syn-recv` would show.</translation>
    </message>
    <message>
        <source>The state as ss prints it; after it, the error (errno) the application got on the socket, if any.</source>
        <translation>The state as ss prints it; after it, the error (errno) the application got on the socket, if any.</translation>
    </message>
    <message>
        <source>ECONNRESET: the peer reset the connection.</source>
        <translation>ECONNRESET: the peer reset the connection.</translation>
    </message>
    <message>
        <source>ECONNREFUSED: the connection attempt was answered with RST.</source>
        <translation>ECONNREFUSED: the connection attempt was answered with RST.</translation>
    </message>
    <message>
        <source>ETIMEDOUT: retransmissions or keepalive probes went unanswered.</source>
        <translation>ETIMEDOUT: retransmissions or keepalive probes went unanswered.</translation>
    </message>
    <message>
        <source>EPIPE: send() after shutdown(), or on a connection that is gone.</source>
        <translation>EPIPE: send() after shutdown(), or on a connection that is gone.</translation>
    </message>
    <message>
        <source>EADDRINUSE: the four addresses are still held by an earlier connection.</source>
        <translation>EADDRINUSE: the four addresses are still held by an earlier connection.</translation>
    </message>
</context>
<context>
    <name>tcplab::SocketTablePanel</name>
    <message>
        <source>Sockets (ss -tan)</source>
        <translation>Sockets (ss -tan)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>%1$ ss -tan</source>
        <translation>%1$ ss -tan</translation>
    </message>
    <message>
        <source>What `ss -tan` would print on this host at the playhead. Sockets in CLOSED are not listed.</source>
        <translation>What `ss -tan` would print on this host at the playhead. Sockets in CLOSED are not listed.</translation>
    </message>
    <message>
        <source>1 socket</source>
        <translation>1 socket</translation>
    </message>
    <message>
        <source>%1 sockets</source>
        <translation>%1 sockets</translation>
    </message>
</context>
<context>
    <name>tcplab::StateDiagramLayout</name>
    <message>
        <source>passive open</source>
        <translation>passive open</translation>
    </message>
    <message>
        <source>close</source>
        <translation>close</translation>
    </message>
    <message>
        <source>active open</source>
        <translation>active open</translation>
    </message>
    <message>
        <source>snd SYN</source>
        <translation>snd SYN</translation>
    </message>
    <message>
        <source>close, timeout, rcv RST</source>
        <translation>close, timeout, rcv RST</translation>
    </message>
    <message>
        <source>rcv RST, abort, give up</source>
        <translation>rcv RST, abort, give up</translation>
    </message>
    <message>
        <source>snd RST on abort</source>
        <translation>snd RST on abort</translation>
    </message>
    <message>
        <source>rcv SYN</source>
        <translation>rcv SYN</translation>
    </message>
    <message>
        <source>snd SYN,ACK</source>
        <translation>snd SYN,ACK</translation>
    </message>
    <message>
        <source>rcv SYN,ACK</source>
        <translation>rcv SYN,ACK</translation>
    </message>
    <message>
        <source>snd ACK</source>
        <translation>snd ACK</translation>
    </message>
    <message>
        <source>rcv ACK of SYN</source>
        <translation>rcv ACK of SYN</translation>
    </message>
    <message>
        <source>rcv RST, timeout</source>
        <translation>rcv RST, timeout</translation>
    </message>
    <message>
        <source>(after passive open)</source>
        <translation>(after passive open)</translation>
    </message>
    <message>
        <source>snd FIN</source>
        <translation>snd FIN</translation>
    </message>
    <message>
        <source>rcv FIN</source>
        <translation>rcv FIN</translation>
    </message>
    <message>
        <source>rcv ACK of FIN</source>
        <translation>rcv ACK of FIN</translation>
    </message>
    <message>
        <source>rcv FIN,ACK</source>
        <translation>rcv FIN,ACK</translation>
    </message>
    <message>
        <source>timeout=2MSL</source>
        <translation>timeout=2MSL</translation>
    </message>
    <message>
        <source>(no TIME-WAIT)</source>
        <translation>(no TIME-WAIT)</translation>
    </message>
    <message>
        <source>any other state</source>
        <translation>any other state</translation>
    </message>
    <message>
        <source>two-way handshake
variant</source>
        <translation>two-way handshake
variant</translation>
    </message>
</context>
<context>
    <name>tcplab::StateDiagramWidget</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A connection in any state ends at once in CLOSED when it receives an acceptable RST (its sequence number in the receive window), when the application aborts (a RST is sent), or when retransmissions or keepalive probes give up. A reset leaves no TIME-WAIT.</source>
        <translation>A connection in any state ends at once in CLOSED when it receives an acceptable RST (its sequence number in the receive window), when the application aborts (a RST is sent), or when retransmissions or keepalive probes give up. A reset leaves no TIME-WAIT.</translation>
    </message>
    <message>
        <source>Click a state to see what it means and how it is left.</source>
        <translation>Click a state to see what it means and how it is left.</translation>
    </message>
    <message>
        <source>rcv RST</source>
        <translation>rcv RST</translation>
    </message>
    <message>
        <source>abort / snd RST</source>
        <translation>abort / snd RST</translation>
    </message>
    <message>
        <source>retransmissions gave up</source>
        <translation>retransmissions gave up</translation>
    </message>
    <message>
        <source>keepalive probes unanswered / snd RST</source>
        <translation>keepalive probes unanswered / snd RST</translation>
    </message>
    <message>
        <source>FIN-WAIT-2 timeout (orphaned socket)</source>
        <translation>FIN-WAIT-2 timeout (orphaned socket)</translation>
    </message>
    <message>
        <source>host crashed</source>
        <translation>host crashed</translation>
    </message>
    <message>
        <source>new SYN reuses the four addresses</source>
        <translation>new SYN reuses the four addresses</translation>
    </message>
    <message>
        <source>TIME-WAIT skipped (variant)</source>
        <translation>TIME-WAIT skipped (variant)</translation>
    </message>
    <message>
        <source>rcv SYN / snd SYN,ACK (two-way handshake variant)</source>
        <translation>rcv SYN / snd SYN,ACK (two-way handshake variant)</translation>
    </message>
    <message>
        <source>close with unread data / snd RST</source>
        <translation>close with unread data / snd RST</translation>
    </message>
    <message>
        <source>No connection exists and no TCB is kept (RFC 9293 calls CLOSED a fictional state). A passive open (listen()) leads to LISTEN; an active open (connect() sends SYN) leads to SYN-SENT.</source>
        <translation>No connection exists and no TCB is kept (RFC 9293 calls CLOSED a fictional state). A passive open (listen()) leads to LISTEN; an active open (connect() sends SYN) leads to SYN-SENT.</translation>
    </message>
    <message>
        <source>A server waits for connection requests on its port. A SYN creates a half-open connection in the SYN queue and is answered with SYN,ACK; that new connection is in SYN-RECEIVED while the listener keeps listening. close() returns to CLOSED.</source>
        <translation>A server waits for connection requests on its port. A SYN creates a half-open connection in the SYN queue and is answered with SYN,ACK; that new connection is in SYN-RECEIVED while the listener keeps listening. close() returns to CLOSED.</translation>
    </message>
    <message>
        <source>The client has sent its SYN (connect()) and waits. A SYN,ACK that acknowledges the SYN (ack = ISN + 1) is answered with ACK and leads to ESTABLISHED; a bare SYN (simultaneous open) leads to SYN-RECEIVED. Without an answer the SYN is retransmitted with a doubling timeout (1 s, 2 s, 4 s, …) and Linux gives up after 6 retries, about 127 s; a RST means &quot;connection refused&quot;.</source>
        <translation>The client has sent its SYN (connect()) and waits. A SYN,ACK that acknowledges the SYN (ack = ISN + 1) is answered with ACK and leads to ESTABLISHED; a bare SYN (simultaneous open) leads to SYN-RECEIVED. Without an answer the SYN is retransmitted with a doubling timeout (1 s, 2 s, 4 s, …) and Linux gives up after 6 retries, about 127 s; a RST means &quot;connection refused&quot;.</translation>
    </message>
    <message>
        <source>A SYN has arrived and SYN,ACK has been sent: this half-open connection waits in the listener&apos;s SYN queue for the final ACK, which leads to ESTABLISHED. Without it the SYN,ACK is retransmitted (Linux: 5 times) and the entry is dropped; a RST drops it at once. A SYN flood fills the queue with such entries.</source>
        <translation>A SYN has arrived and SYN,ACK has been sent: this half-open connection waits in the listener&apos;s SYN queue for the final ACK, which leads to ESTABLISHED. Without it the SYN,ACK is retransmitted (Linux: 5 times) and the entry is dropped; a RST drops it at once. A SYN flood fills the queue with such entries.</translation>
    </message>
    <message>
        <source>The connection is open: both initial sequence numbers are agreed and data flows in both directions; every segment now carries the ACK flag. close() sends FIN and leads to FIN-WAIT-1 (active close); a FIN from the peer is acknowledged and leads to CLOSE-WAIT (passive close).</source>
        <translation>The connection is open: both initial sequence numbers are agreed and data flows in both directions; every segment now carries the ACK flag. close() sends FIN and leads to FIN-WAIT-1 (active close); a FIN from the peer is acknowledged and leads to CLOSE-WAIT (passive close).</translation>
    </message>
    <message>
        <source>This side closed first and sent its FIN; it can still receive. The ACK of its FIN leads to FIN-WAIT-2; the peer&apos;s FIN before that (simultaneous close) leads to CLOSING; a FIN that also acknowledges ours leads straight to TIME-WAIT.</source>
        <translation>This side closed first and sent its FIN; it can still receive. The ACK of its FIN leads to FIN-WAIT-2; the peer&apos;s FIN before that (simultaneous close) leads to CLOSING; a FIN that also acknowledges ours leads straight to TIME-WAIT.</translation>
    </message>
    <message>
        <source>Our FIN is acknowledged and the connection is half-closed: this side sends no more data but receives until the peer&apos;s FIN arrives; that FIN is acknowledged and leads to TIME-WAIT. On Linux an orphaned socket (its application has closed it) gives up after 60 s (tcp_fin_timeout).</source>
        <translation>Our FIN is acknowledged and the connection is half-closed: this side sends no more data but receives until the peer&apos;s FIN arrives; that FIN is acknowledged and leads to TIME-WAIT. On Linux an orphaned socket (its application has closed it) gives up after 60 s (tcp_fin_timeout).</translation>
    </message>
    <message>
        <source>The peer has closed its direction (its FIN is acknowledged) and the application was told end-of-stream. This side may keep sending as long as it likes; when its application calls close(), it sends its own FIN and enters LAST-ACK. Many sockets stuck here mean an application that forgets to close.</source>
        <translation>The peer has closed its direction (its FIN is acknowledged) and the application was told end-of-stream. This side may keep sending as long as it likes; when its application calls close(), it sends its own FIN and enters LAST-ACK. Many sockets stuck here mean an application that forgets to close.</translation>
    </message>
    <message>
        <source>Both sides sent FIN at about the same time (simultaneous close): the peer&apos;s FIN arrived and was acknowledged, but our FIN is not acknowledged yet. The ACK of our FIN leads to TIME-WAIT.</source>
        <translation>Both sides sent FIN at about the same time (simultaneous close): the peer&apos;s FIN arrived and was acknowledged, but our FIN is not acknowledged yet. The ACK of our FIN leads to TIME-WAIT.</translation>
    </message>
    <message>
        <source>The passive closer has sent its own FIN and waits for the last ACK. When it arrives the connection is CLOSED at once, without TIME-WAIT; if it is lost, the FIN is retransmitted.</source>
        <translation>The passive closer has sent its own FIN and waits for the last ACK. When it arrives the connection is CLOSED at once, without TIME-WAIT; if it is lost, the FIN is retransmitted.</translation>
    </message>
    <message>
        <source>The active closer has acknowledged the peer&apos;s FIN. It waits 2×MSL (60 s on Linux) so a lost final ACK can be repeated (a retransmitted FIN is acknowledged again and restarts the wait) and old duplicates of this connection die out before the same four addresses are used again; then CLOSED.</source>
        <translation>The active closer has acknowledged the peer&apos;s FIN. It waits 2×MSL (60 s on Linux) so a lost final ACK can be repeated (a retransmitted FIN is acknowledged again and restarts the wait) and old duplicates of this connection die out before the same four addresses are used again; then CLOSED.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 — %4</source>
        <translation>%1: %2 → %3 — %4</translation>
    </message>
    <message>
        <source>rcv ACK with a valid SYN cookie</source>
        <translation>rcv ACK with a valid SYN cookie</translation>
    </message>
</context>
<context>
    <name>tcplab::TryThisPanel</name>
    <message>
        <source>Try This</source>
        <translation>Try This</translation>
    </message>
    <message>
        <source>Try This (%1/%2)</source>
        <translation>Try This (%1/%2)</translation>
    </message>
    <message>
        <source>This lesson has no tasks to try. Change the story anyway: right-click a segment to drop, delay or duplicate it.</source>
        <translation>This lesson has no tasks to try. Change the story anyway: right-click a segment to drop, delay or duplicate it.</translation>
    </message>
    <message>
        <source>Change the story (faults, settings, actions) until each task is done.</source>
        <translation>Change the story (faults, settings, actions) until each task is done.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Not done yet</translation>
    </message>
    <message>
        <source>Done!</source>
        <translation>Done!</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
</context>
<context>
    <name>tcplab::WelcomeBanner</name>
    <message>
        <source>Welcome to TCP Connection Lab</source>
        <translation>Welcome to TCP Connection Lab</translation>
    </message>
    <message>
        <source>1. Pick a lesson in the Scenarios list on the left (double-click it).</source>
        <translation>1. Pick a lesson in the Scenarios list on the left (double-click it).</translation>
    </message>
    <message>
        <source>2. Press Space to play it; Left and Right step one event at a time.</source>
        <translation>2. Press Space to play it; Left and Right step one event at a time.</translation>
    </message>
    <message>
        <source>3. Right-click an arrow to drop, delay or duplicate that segment.</source>
        <translation>3. Right-click an arrow to drop, delay or duplicate that segment.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Don&apos;t Show Again</source>
        <translation>Don&apos;t Show Again</translation>
    </message>
</context>
<context>
    <name>tcplab::WhatsThisTexts</name>
    <message>
        <source>&lt;b&gt;Sequence diagram.&lt;/b&gt; Time runs downwards; each host is a vertical line and each segment an arrow between them. Click an arrow to inspect it, right-click it to drop, delay or duplicate it, or drag its head down to delay it. Click or drag on empty space to move the playhead.</source>
        <translation>&lt;b&gt;Sequence diagram.&lt;/b&gt; Time runs downwards; each host is a vertical line and each segment an arrow between them. Click an arrow to inspect it, right-click it to drop, delay or duplicate it, or drag its head down to delay it. Click or drag on empty space to move the playhead.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Playback.&lt;/b&gt; Play or pause (Space), step from event to event (Left, Right) or jump to the start or end (Home, End). Drag the timeline to move through the run; the speed is virtual time per real second.</source>
        <translation>&lt;b&gt;Playback.&lt;/b&gt; Play or pause (Space), step from event to event (Left, Right) or jump to the start or end (Home, End). Drag the timeline to move through the run; the speed is virtual time per real second.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scenarios.&lt;/b&gt; The built-in lessons, grouped by topic, with a summary of the one selected. Double-click a lesson to open it.</source>
        <translation>&lt;b&gt;Scenarios.&lt;/b&gt; The built-in lessons, grouped by topic, with a summary of the one selected. Double-click a lesson to open it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Concepts.&lt;/b&gt; Short articles about the ideas behind the lessons. Choose one from the list; its links open the scenario that shows the idea at the right moment.</source>
        <translation>&lt;b&gt;Concepts.&lt;/b&gt; Short articles about the ideas behind the lessons. Choose one from the list; its links open the scenario that shows the idea at the right moment.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Faults in force.&lt;/b&gt; Every segment the network drops, delays or duplicates in this run: the scenario&apos;s own and yours. Double-click one or press Del to remove it; Edit ▸ Undo brings it back.</source>
        <translation>&lt;b&gt;Faults in force.&lt;/b&gt; Every segment the network drops, delays or duplicates in this run: the scenario&apos;s own and yours. Double-click one or press Del to remove it; Edit ▸ Undo brings it back.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions.&lt;/b&gt; What the applications do: choose a host and click a call (connect, send, close, …) to add it at the playhead&apos;s time. The run is simulated again at once.</source>
        <translation>&lt;b&gt;Actions.&lt;/b&gt; What the applications do: choose a host and click a call (connect, send, close, …) to add it at the playhead&apos;s time. The run is simulated again at once.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settings.&lt;/b&gt; The network&apos;s delays and losses and the protocol&apos;s timers and limits for this scenario. Change a value and the run is simulated again; a value out of range is refused with the reason below the field.</source>
        <translation>&lt;b&gt;Settings.&lt;/b&gt; The network&apos;s delays and losses and the protocol&apos;s timers and limits for this scenario. Change a value and the run is simulated again; a value out of range is refused with the reason below the field.</translation>
    </message>
    <message>
        <source>&lt;b&gt;State diagram.&lt;/b&gt; The TCP state machine of RFC 9293, each endpoint&apos;s state at the playhead lit in its host&apos;s colour and its last transition marked. Click a state to read what it means.</source>
        <translation>&lt;b&gt;State diagram.&lt;/b&gt; The TCP state machine of RFC 9293, each endpoint&apos;s state at the playhead lit in its host&apos;s colour and its last transition marked. Click a state to read what it means.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What happened.&lt;/b&gt; The story of the run up to the playhead in plain words, newest last, with the scenario&apos;s own notes set apart. It follows the playhead as you play or step.</source>
        <translation>&lt;b&gt;What happened.&lt;/b&gt; The story of the run up to the playhead in plain words, newest last, with the scenario&apos;s own notes set apart. It follows the playhead as you play or step.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Segment.&lt;/b&gt; The segment you clicked in the diagram: its TCP header field by field as on the wire, what its numbers mean here, and its data. Click another arrow to inspect that one.</source>
        <translation>&lt;b&gt;Segment.&lt;/b&gt; The segment you clicked in the diagram: its TCP header field by field as on the wire, what its numbers mean here, and its data. Click another arrow to inspect that one.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection variables.&lt;/b&gt; One connection&apos;s control block (TCB) at the playhead: its state, sequence numbers, windows, queues and running timers. Values the last step changed are emphasised; choose the connection at the top.</source>
        <translation>&lt;b&gt;Connection variables.&lt;/b&gt; One connection&apos;s control block (TCB) at the playhead: its state, sequence numbers, windows, queues and running timers. Values the last step changed are emphasised; choose the connection at the top.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sockets.&lt;/b&gt; One host&apos;s sockets at the playhead, as &lt;tt&gt;ss -tan&lt;/tt&gt; lists them, with their queues and addresses. Choose the host at the top; double-click a row to see that connection&apos;s variables.</source>
        <translation>&lt;b&gt;Sockets.&lt;/b&gt; One host&apos;s sockets at the playhead, as &lt;tt&gt;ss -tan&lt;/tt&gt; lists them, with their queues and addresses. Choose the host at the top; double-click a row to see that connection&apos;s variables.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comparison.&lt;/b&gt; Your run beside the run chosen in View ▸ Compare, with one playhead for both; the first moment where they differ is named and selected in both. Choose &lt;i&gt;No Comparison&lt;/i&gt; in that menu to go back to one diagram.</source>
        <translation>&lt;b&gt;Comparison.&lt;/b&gt; Your run beside the run chosen in View ▸ Compare, with one playhead for both; the first moment where they differ is named and selected in both. Choose &lt;i&gt;No Comparison&lt;/i&gt; in that menu to go back to one diagram.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Capture.&lt;/b&gt; For a connection read from a capture: where it was taken, the delay, the real addresses, and for each segment its frame, which times were seen and which worked out (≈), and what was inferred rather than seen.</source>
        <translation>&lt;b&gt;Capture.&lt;/b&gt; For a connection read from a capture: where it was taken, the delay, the real addresses, and for each segment its frame, which times were seen and which worked out (≈), and what was inferred rather than seen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predict.&lt;/b&gt; With Playback ▸ Predict on, the run stops before each moment worth predicting — the next segment, an acknowledgment number, a state, a timer, an answer or silence — with the future hidden. Choose an answer; the step then plays, and a wrong choice is explained by the mistake it stands for.</source>
        <translation>&lt;b&gt;Predict.&lt;/b&gt; With Playback ▸ Predict on, the run stops before each moment worth predicting — the next segment, an acknowledgment number, a state, a timer, an answer or silence — with the future hidden. Choose an answer; the step then plays, and a wrong choice is explained by the mistake it stands for.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Try this.&lt;/b&gt; Tasks of the open lesson: make something happen by changing the story — drop or delay segments, change settings or actions. A task is marked done the moment a run of your story achieves it; ask for a hint if you are stuck.</source>
        <translation>&lt;b&gt;Try this.&lt;/b&gt; Tasks of the open lesson: make something happen by changing the story — drop or delay segments, change settings or actions. A task is marked done the moment a run of your story achieves it; ask for a hint if you are stuck.</translation>
    </message>
</context>
<context>
    <name>tcplab::WorksheetDialog</name>
    <message>
        <source>&amp;Sequence numbers (seq=)</source>
        <translation>&amp;Sequence numbers (seq=)</translation>
    </message>
    <message>
        <source>&amp;Acknowledgment numbers (ack=)</source>
        <translation>&amp;Acknowledgment numbers (ack=)</translation>
    </message>
    <message>
        <source>S&amp;tates on the lifelines</source>
        <translation>S&amp;tates on the lifelines</translation>
    </message>
    <message>
        <source>T&amp;imer lengths</source>
        <translation>T&amp;imer lengths</translation>
    </message>
    <message>
        <source>Export Worksheet</source>
        <translation>Export Worksheet</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>&amp;Language of the sheet:</source>
        <translation>&amp;Language of the sheet:</translation>
    </message>
    <message>
        <source>Blank for the students:</source>
        <translation>Blank for the students:</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Give the file a name.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 is a folder; give a file name.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
</context>
<context>
    <name>tcplab::WorksheetExporter</name>
    <message>
        <source>Name: ______________________    Class: ______________</source>
        <translation>Name: ______________________    Class: ______________</translation>
    </message>
    <message>
        <source>Fill in every numbered blank (%1, %2, …) in the diagram, then answer the questions.</source>
        <translation>Fill in every numbered blank (%1, %2, …) in the diagram, then answer the questions.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>This run has no questions.</source>
        <translation>This run has no questions.</translation>
    </message>
    <message>
        <source>%1. [%2] %3</source>
        <extracomment>%1: the question&apos;s number; %2: the moment of the run it is about (&quot;0.5 s&quot;); %3: the question</extracomment>
        <translation>%1. [%2] %3</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Answer key</translation>
    </message>
    <message>
        <source>Blanks in the diagram</source>
        <translation>Blanks in the diagram</translation>
    </message>
    <message>
        <source>No label was blanked.</source>
        <translation>No label was blanked.</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <extracomment>%1: the question&apos;s number; %2: the right choice&apos;s letter; %3: why it is right</extracomment>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: a worksheet is a PDF file; give a name ending in .pdf.</source>
        <translation>Cannot write &quot;%1&quot;: a worksheet is a PDF file; give a name ending in .pdf.</translation>
    </message>
</context>
</TS>
