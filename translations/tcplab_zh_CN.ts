<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChangeSummary</name>
    <message>
        <source>You dropped %1&apos;s %2 at %3.</source>
        <translation>你在 %3 丢弃了 %1 的 %2。</translation>
    </message>
    <message>
        <source>You delayed %1&apos;s %2 by %3: it arrives at %4 instead of %5.</source>
        <translation>你把 %1 的 %2 延迟了 %3：它在 %4 到达，而不是 %5。</translation>
    </message>
    <message>
        <source>You delayed %1&apos;s %2 by %3.</source>
        <translation>你把 %1 的 %2 延迟了 %3。</translation>
    </message>
    <message>
        <source>You duplicated %1&apos;s %2: an extra copy arrives %3 after it.</source>
        <translation>你重复了 %1 的 %2：多出的一份副本晚 %3 到达。</translation>
    </message>
    <message>
        <source>%1 retransmits its %2 at %3.</source>
        <translation>%1 在 %3 重传了它的 %2。</translation>
    </message>
    <message>
        <source>%1 restarts its %2 at %3.</source>
        <translation>%1 在 %3 重新启动了它的 %2。</translation>
    </message>
    <message>
        <source>%1&apos;s connection is reset at %2.</source>
        <translation>%1 的连接在 %2 被重置。</translation>
    </message>
    <message>
        <source>%1 gives up on the connection at %2.</source>
        <translation>%1 在 %2 放弃了连接。</translation>
    </message>
    <message>
        <source>%1 ends in %2 instead of %3.</source>
        <translation>%1 最后处于 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>%1 enters %2 at %3 instead of %4.</source>
        <translation>%1 在 %3 进入 %2，而不是 %4。</translation>
    </message>
    <message>
        <source>Your change makes the run differ from the original story.</source>
        <translation>你的修改使这次运行与原来的情节不同。</translation>
    </message>
    <message>
        <source>Nothing else in the story changes.</source>
        <translation>情节的其余部分没有变化。</translation>
    </message>
</context>
<context>
    <name>ComparisonExporter</name>
    <message>
        <source>Your run</source>
        <translation>你的运行</translation>
    </message>
    <message>
        <source>As shipped</source>
        <translation>原始场景</translation>
    </message>
    <message>
        <source>Standard (RFC 9293)</source>
        <translation>标准（RFC 9293）</translation>
    </message>
    <message>
        <source>Two-way handshake (flawed)</source>
        <translation>两次握手（有缺陷）</translation>
    </message>
    <message>
        <source>No TIME-WAIT (flawed)</source>
        <translation>无 TIME-WAIT（有缺陷）</translation>
    </message>
    <message>
        <source>The runs part ways at %1 (marked in red).</source>
        <translation>两次运行在 %1 处开始不同（红线标出）。</translation>
    </message>
    <message>
        <source>The two runs are the same.</source>
        <translation>两次运行完全相同。</translation>
    </message>
    <message>
        <source>first difference</source>
        <translation>第一处不同</translation>
    </message>
</context>
<context>
    <name>DiagramExporter</name>
    <message>
        <source>segment</source>
        <translation>报文段</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Nothing to export: the chosen time range contains no events.</source>
        <translation>没有可导出的内容：所选时间范围内没有任何事件。</translation>
    </message>
    <message>
        <source>Cannot export steps: the folder &quot;%1&quot; does not exist.</source>
        <translation>无法导出分步图片：文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>continues on slide %1 ↓</source>
        <translation>下接第 %1 页 ↓</translation>
    </message>
    <message>
        <source>from slide %1 ↑</source>
        <translation>上接第 %1 页 ↑</translation>
    </message>
</context>
<context>
    <name>FaultDescription</name>
    <message>
        <source>a retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <source>the connection request</source>
        <translation>连接请求</translation>
    </message>
    <message>
        <source>the handshake&apos;s last ACK</source>
        <translation>握手的最后一个 ACK</translation>
    </message>
    <message>
        <source>the final ACK</source>
        <translation>最后的 ACK</translation>
    </message>
    <message>
        <source>%1&apos;s %2</source>
        <translation>%1 的 %2</translation>
    </message>
    <message>
        <source>%1&apos;s %2 (%3)</source>
        <translation>%1 的 %2（%3）</translation>
    </message>
    <message>
        <source>Drop %1</source>
        <translation>丢弃 %1</translation>
    </message>
    <message>
        <source>Delay %1 by %2 ms</source>
        <translation>将 %1 延迟 %2 毫秒</translation>
    </message>
    <message>
        <source>Duplicate %1 (copy %2 ms later)</source>
        <translation>重复 %1（副本晚 %2 毫秒）</translation>
    </message>
    <message>
        <source>No fault on %1</source>
        <translation>%1 上没有故障</translation>
    </message>
    <message>
        <source>%1 — matches no segment in this run</source>
        <extracomment>A fault whose segment is not in the run (another edit removed it); it changes nothing.</extracomment>
        <translation>%1——本次运行中没有与之匹配的报文段</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <extracomment>A segment named without its numbers: its control bits (%1) and which of its sender&apos;s segments with those bits it is (%2), as in &quot;A&apos;s ACK #3&quot;.</extracomment>
        <translation>第 %2 个 %1</translation>
    </message>
    <message>
        <source>segment #%1</source>
        <translation>第 %1 个报文段</translation>
    </message>
    <message>
        <source>%1&apos;s %2</source>
        <comment>ordinal</comment>
        <extracomment>A host (%1) and which of its segments (%2, &quot;ACK #3&quot;): &quot;A&apos;s ACK #3&quot;.</extracomment>
        <translation>%1 的%2</translation>
    </message>
    <message>
        <source>%1&apos;s %2 (%3)</source>
        <comment>ordinal</comment>
        <translation>%1 的%2（%3）</translation>
    </message>
</context>
<context>
    <name>FileMessages</name>
    <message>
        <source>%1: appears twice</source>
        <translation>%1：出现了两次</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: larger than %2 MiB, the limit for a scenario file</source>
        <translation>无法读取“%1”：超过 %2 MiB，这是场景文件的上限</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>unknown key (did you mean %1?)</source>
        <translation>未知的键（是不是想写 %1？）</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少此项</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>give %1 or %2, not both</source>
        <translation>请给出 %1 或 %2，不能两个都给</translation>
    </message>
    <message>
        <source>must be ≥ 0</source>
        <translation>必须 ≥ 0</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>不能超过 %1</translation>
    </message>
    <message>
        <source>is not a time</source>
        <translation>不是有效的时间</translation>
    </message>
    <message>
        <source>needs an &quot;en&quot; or &quot;zh&quot; text</source>
        <translation>需要 &quot;en&quot; 或 &quot;zh&quot; 文本</translation>
    </message>
    <message>
        <source>must be a text or an object with &quot;en&quot; and &quot;zh&quot; texts</source>
        <translation>必须是文本，或含 &quot;en&quot; 与 &quot;zh&quot; 文本的对象</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation>“%1”不是 IPv4 地址</translation>
    </message>
    <message>
        <source>must be a whole number between 0 and 2^53, or a string of digits</source>
        <translation>必须是 0 到 2^53 之间的整数，或由数字组成的字符串</translation>
    </message>
    <message>
        <source>must list at least one host</source>
        <translation>至少要列出一台主机</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must start with a letter and use only letters, digits, &apos;_&apos; and &apos;-&apos; (at most 16)</source>
        <translation>“%1”必须以字母开头，只能使用字母、数字、“_”和“-”（最多 16 个）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already used by hosts[%2]</source>
        <translation>“%1”已被 hosts[%2] 使用</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (expected host or attacker)</source>
        <translation>未知的值“%1”（应为 host 或 attacker）</translation>
    </message>
    <message>
        <source>only a host of kind attacker forges addresses</source>
        <translation>只有 kind 为 attacker 的主机才能伪造地址</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a /24 network address (it must end in .0)</source>
        <translation>“%1”不是 /24 网络地址（必须以 .0 结尾）</translation>
    </message>
    <message>
        <source>%1 is after the end of the run (it lasts %2 s)</source>
        <translation>%1 在运行结束之后（运行只持续 %2 秒）</translation>
    </message>
    <message>
        <source>no host named &apos;%1&apos;</source>
        <translation>没有名为“%1”的主机</translation>
    </message>
    <message>
        <source>must differ from &quot;from&quot;</source>
        <translation>必须与 &quot;from&quot; 不同</translation>
    </message>
    <message>
        <source>%1&gt;%2 is already set by an earlier link</source>
        <translation>%1&gt;%2 已由前面的链路设置过</translation>
    </message>
    <message>
        <source>sets neither delay_ms nor loss</source>
        <translation>既没有设置 delay_ms，也没有设置 loss</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (expected %2)</source>
        <translation>未知的值“%1”（应为 %2）</translation>
    </message>
    <message>
        <source>required for inject</source>
        <translation>inject 必须给出此项</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither HOST:PORT nor a.b.c.d:PORT (hosts: %2)</source>
        <translation>“%1”既不是 主机:端口，也不是 a.b.c.d:端口（主机：%2）</translation>
    </message>
    <message>
        <source>unknown control bit &apos;%1&apos; (expected SYN, FIN, RST, PSH, ACK, URG, ECE, CWR)</source>
        <translation>未知的控制位“%1”（应为 SYN、FIN、RST、PSH、ACK、URG、ECE、CWR）</translation>
    </message>
    <message>
        <source>only with the ACK bit in flags</source>
        <translation>只有 flags 含 ACK 位时才能给出</translation>
    </message>
    <message>
        <source>required when flags include ACK</source>
        <translation>flags 含 ACK 时必须给出</translation>
    </message>
    <message>
        <source>give data or bytes, not both</source>
        <translation>请给出 data 或 bytes，不能两个都给</translation>
    </message>
    <message>
        <source>not used by %1</source>
        <translation>%1 不使用此项</translation>
    </message>
    <message>
        <source>syn_flood needs a host of kind attacker; &apos;%1&apos; is not one</source>
        <translation>syn_flood 需要 kind 为 attacker 的主机；“%1”不是</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an attacker, which can only syn_flood or inject</source>
        <translation>“%1”是攻击者，只能执行 syn_flood 或 inject</translation>
    </message>
    <message>
        <source>required for %1</source>
        <translation>%1 必须给出此项</translation>
    </message>
    <message>
        <source>must be another host than &apos;%1&apos;</source>
        <translation>必须是“%1”以外的主机</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an attacker and has no TCP to talk to</source>
        <translation>“%1”是攻击者，没有可以通信的 TCP</translation>
    </message>
    <message>
        <source>required for send (or give bytes)</source>
        <translation>send 必须给出此项（或给出 bytes）</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>必须大于 0</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (expected drop, delay or duplicate)</source>
        <translation>未知的值“%1”（应为 drop、delay 或 duplicate，即丢弃、延迟或重复）</translation>
    </message>
    <message>
        <source>give either ordinal (a position) or seq, ack and transmission (the segment&apos;s identity), not both</source>
        <translation>请给出 ordinal（位置）或 seq、ack 和 transmission（报文段的身份），不能两者都给</translation>
    </message>
    <message>
        <source>missing (or give the segment&apos;s seq, ack and transmission)</source>
        <translation>缺少此项（或给出报文段的 seq、ack 和 transmission）</translation>
    </message>
    <message>
        <source>unknown flag &apos;%1&apos; (expected SYN, FIN, RST, PSH, ACK, URG, ECE or CWR)</source>
        <translation>未知的标志“%1”（应为 SYN、FIN、RST、PSH、ACK、URG、ECE 或 CWR）</translation>
    </message>
    <message>
        <source>missing (the segment has ACK)</source>
        <translation>缺少此项（该报文段带 ACK）</translation>
    </message>
    <message>
        <source>not used: the segment&apos;s flags have no ACK</source>
        <translation>不使用：该报文段的标志不含 ACK</translation>
    </message>
    <message>
        <source>the same as faults[%1]</source>
        <translation>与 faults[%1] 相同</translation>
    </message>
    <message>
        <source>needs at_least or at_most</source>
        <translation>需要 at_least 或 at_most</translation>
    </message>
    <message>
        <source>at_least (%1) must not exceed at_most (%2)</source>
        <translation>at_least（%1）不能超过 at_most（%2）</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (expected %2)</source>
        <translation>未知的状态“%1”（应为 %2）</translation>
    </message>
    <message>
        <source>unknown notice &apos;%1&apos; (expected %2)</source>
        <translation>未知的通知“%1”（应为 %2）</translation>
    </message>
    <message>
        <source>missing (final_state, reached_state, gave_up_connecting and notice are about a host)</source>
        <translation>缺少此项（final_state、reached_state、gave_up_connecting 和 notice 都针对某台主机）</translation>
    </message>
    <message>
        <source>needs a condition (final_state, reached_state, gave_up_connecting, notice, retransmissions or segments)</source>
        <translation>需要一个条件（final_state、reached_state、gave_up_connecting、notice、retransmissions 或 segments）</translation>
    </message>
    <message>
        <source>missing (when to ask: at_ms or at_s)</source>
        <translation>缺少此项（何时提问：at_ms 或 at_s）</translation>
    </message>
    <message>
        <source>needs 2 to 6 choices, has %1</source>
        <translation>需要 2 到 6 个选项，现在有 %1 个</translation>
    </message>
    <message>
        <source>not used by the correct choice</source>
        <translation>正确选项不使用此项</translation>
    </message>
    <message>
        <source>unknown misconception &apos;%1&apos; (see docs/quiz-format.md: %2)</source>
        <translation>未知的误解“%1”（见 docs/quiz-format.md：%2）</translation>
    </message>
    <message>
        <source>a wrong choice needs a misconception or an explanation</source>
        <translation>错误选项需要给出误解或解释</translation>
    </message>
    <message>
        <source>the same as choices[%1]</source>
        <translation>与 choices[%1] 相同</translation>
    </message>
    <message>
        <source>needs exactly one correct choice, has %1</source>
        <translation>需要恰好一个正确选项，现在有 %1 个</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>the file is empty (expected a JSON object)</source>
        <translation>文件是空的（应为 JSON 对象）</translation>
    </message>
    <message>
        <source>invalid JSON at %1: %2</source>
        <translation>%1 处的 JSON 无效：%2</translation>
    </message>
    <message>
        <source>the file must hold a JSON object ({...})</source>
        <translation>文件必须包含一个 JSON 对象（{...}）</translation>
    </message>
    <message>
        <source>version: missing (this format needs &quot;version&quot;: %1)</source>
        <translation>version：缺少此项（此格式需要 &quot;version&quot;: %1）</translation>
    </message>
    <message>
        <source>version: must be a whole number (this format is version %1)</source>
        <translation>version：必须是整数（此格式的版本是 %1）</translation>
    </message>
    <message>
        <source>version: %1 is newer than this tcplab understands (%2)</source>
        <translation>version：%1 比本版 tcplab 能理解的版本（%2）更新</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must use only a-z, 0-9 and single &apos;-&apos; between words</source>
        <translation>“%1”只能使用 a-z、0-9，单词之间用单个“-”</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (expected standard, two-way-handshake or no-time-wait)</source>
        <translation>未知的值“%1”（应为 standard、two-way-handshake 或 no-time-wait）</translation>
    </message>
    <message>
        <source>must be at least 1 µs, the smallest step of virtual time</source>
        <translation>必须至少为 1 µs，即虚拟时间的最小步长</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: not a regular file</source>
        <translation>无法读取“%1”：不是普通文件</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ordinal ≥ 1</source>
        <translation>“%1”不是 ≥ 1 的序号</translation>
    </message>
    <message>
        <source>unknown host &apos;%1&apos;</source>
        <translation>未知的主机“%1”</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (expected a name such as SYN-RECEIVED or TIME-WAIT)</source>
        <translation>未知的状态“%1”（应为 SYN-RECEIVED 或 TIME-WAIT 这样的名称）</translation>
    </message>
    <message>
        <source>unknown timer &apos;%1&apos; (expected rto, 2msl, fin-wait-2, keepalive, delayed-ack or persist)</source>
        <translation>未知的计时器“%1”（应为 rto、2msl、fin-wait-2、keepalive、delayed-ack 或 persist）</translation>
    </message>
    <message>
        <source>unknown timer event &apos;%1&apos; (expected set, fired or cancelled)</source>
        <translation>未知的计时器事件“%1”（应为 set、fired 或 cancelled）</translation>
    </message>
    <message>
        <source>unknown segment event &apos;%1&apos; (expected sent, delivered or dropped)</source>
        <translation>未知的报文段事件“%1”（应为 sent、delivered 或 dropped）</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>%1 names no event of the scenario&apos;s own run</source>
        <translation>%1 不对应场景自身运行中的任何事件</translation>
    </message>
    <message>
        <source>%1 names no segment of the scenario&apos;s own run</source>
        <translation>%1 不对应场景自身运行中的任何报文段</translation>
    </message>
    <message>
        <source>%1: that segment is never %2 in the scenario&apos;s own run</source>
        <translation>%1：在场景自身的运行中，该报文段从未 %2</translation>
    </message>
    <message>
        <source>notes[%1].on: %2</source>
        <translation>notes[%1].on：%2</translation>
    </message>
    <message>
        <source>must name at least one control bit, or be &quot;none&quot;</source>
        <translation>至少要写出一个控制位，或写 &quot;none&quot;</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written</source>
        <translation>只写入了 %2 字节中的 %1 字节</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: no built-in scenario has this id (known: %2)</source>
        <translation>“%1”：没有这个 id 的内置场景（已有：%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: neither a built-in scenario nor a file (built-in: %2)</source>
        <translation>“%1”：既不是内置场景，也不是文件（内置：%2）</translation>
    </message>
    <message>
        <source>%1: that segment is %2 fewer than %3 times in the scenario&apos;s own run</source>
        <translation>%1：在场景自身的运行中，该报文段 %2 的次数少于 %3 次</translation>
    </message>
</context>
<context>
    <name>HeaderLayoutPainter</name>
    <message>
        <source>Source Port</source>
        <translation>源端口</translation>
    </message>
    <message>
        <source>Destination Port</source>
        <translation>目的端口</translation>
    </message>
    <message>
        <source>Sequence Number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Acknowledgment Number</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>Data Offset</source>
        <translation>数据偏移</translation>
    </message>
    <message>
        <source>Rsrvd</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <source>Urgent Pointer</source>
        <translation>紧急指针</translation>
    </message>
    <message>
        <source>Option kind</source>
        <translation>选项类型</translation>
    </message>
    <message>
        <source>2 (MSS)</source>
        <translation>2（MSS）</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Maximum Segment Size</source>
        <translation>最大报文段长度</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
</context>
<context>
    <name>ImageFileWriter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot export to &quot;%1&quot;: unknown file type &quot;%2&quot; (use .png, .svg or .pdf).</source>
        <translation>无法导出到“%1”：不认识的文件类型“%2”（请使用 .png、.svg 或 .pdf）。</translation>
    </message>
    <message>
        <source>the picture is empty</source>
        <translation>图片是空的</translation>
    </message>
    <message>
        <source>the picture is too large to draw (%1 × %2 pixels)</source>
        <translation>图片太大，无法绘制（%1 × %2 像素）</translation>
    </message>
    <message>
        <source>the picture could not be drawn</source>
        <translation>无法绘制图片</translation>
    </message>
    <message>
        <source>the SVG drawing came out incomplete</source>
        <translation>生成的 SVG 图形不完整</translation>
    </message>
    <message>
        <source>the PDF document came out incomplete</source>
        <translation>生成的 PDF 文档不完整</translation>
    </message>
    <message>
        <source>Cannot export to &quot;%1&quot;: the folder &quot;%2&quot; does not exist.</source>
        <translation>无法导出到“%1”：文件夹“%2”不存在。</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written</source>
        <translation>%2 字节中只写入了 %1 字节</translation>
    </message>
    <message>
        <source>the picture is too large: %1 × %2 pixels is more than the limit of %3 megapixels for a PNG. Choose a smaller scale, a shorter time range, or SVG or PDF</source>
        <extracomment>%1 × %2: the PNG&apos;s width and height in pixels; %3: the limit in megapixels</extracomment>
        <translation>图片太大：%1 × %2 像素，超过了 PNG 的上限 %3 百万像素。请选择较小的缩放比例、较短的时间范围，或改用 SVG 或 PDF</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>%1&apos;s listener on port %2</source>
        <translation>%1 在端口 %2 上的监听套接字</translation>
    </message>
    <message>
        <source>retransmission timer (RTO)</source>
        <translation>重传定时器（RTO）</translation>
    </message>
    <message>
        <source>TIME-WAIT timer (2×MSL)</source>
        <translation>TIME-WAIT 定时器（2×MSL）</translation>
    </message>
    <message>
        <source>FIN-WAIT-2 timer</source>
        <translation>FIN-WAIT-2 定时器</translation>
    </message>
    <message>
        <source>keepalive timer</source>
        <translation>保活定时器</translation>
    </message>
    <message>
        <source>delayed-ACK timer</source>
        <translation>延迟 ACK 定时器</translation>
    </message>
    <message>
        <source>The application made a passive open: the socket waits for a SYN.</source>
        <translation>应用程序执行了被动打开：套接字等待 SYN。</translation>
    </message>
    <message>
        <source>The application called connect(): the SYN is sent and the socket waits for the SYN,ACK.</source>
        <translation>应用程序调用了 connect()：发出 SYN，套接字等待 SYN,ACK。</translation>
    </message>
    <message>
        <source>The application closed first (active close): a FIN is sent, meaning &quot;I will send no more data&quot;.</source>
        <translation>应用程序先关闭（主动关闭）：发出 FIN，意思是“我不会再发送数据了”。</translation>
    </message>
    <message>
        <source>The application closed after the peer&apos;s FIN: its own FIN is sent and it waits for the last ACK.</source>
        <translation>应用程序在收到对方的 FIN 之后关闭：发出自己的 FIN，并等待最后一个 ACK。</translation>
    </message>
    <message>
        <source>The application closed with received data still unread, so the connection is reset (RST) instead of closed with FIN (RFC 2525 §2.17).</source>
        <translation>应用程序关闭时仍有已收到但未读取的数据，因此连接被重置（RST），而不是用 FIN 关闭（RFC 2525 §2.17）。</translation>
    </message>
    <message>
        <source>The application closed the socket; nothing needs to be sent.</source>
        <translation>应用程序关闭了套接字；不需要发送任何报文段。</translation>
    </message>
    <message>
        <source>The application called shutdown(SHUT_WR): a FIN is sent, but the socket keeps receiving (half-close).</source>
        <translation>应用程序调用了 shutdown(SHUT_WR)：发出 FIN，但套接字仍继续接收（半关闭）。</translation>
    </message>
    <message>
        <source>The application aborted the connection: it is dropped at once, with a RST if it was synchronized.</source>
        <translation>应用程序中止了连接：连接立即被丢弃；如果连接已同步，则发送 RST。</translation>
    </message>
    <message>
        <source>The process exited: the kernel closes its sockets for it (FIN, or RST where data was unread).</source>
        <translation>进程退出：内核替它关闭套接字（发送 FIN；若有未读数据则发送 RST）。</translation>
    </message>
    <message>
        <source>A SYN arrived while its own SYN was on the way (simultaneous open): it answers SYN,ACK.</source>
        <translation>自己的 SYN 还在途中时收到了对方的 SYN（同时打开）：回复 SYN,ACK。</translation>
    </message>
    <message>
        <source>A SYN arrived: it answers SYN,ACK, and the half-open connection waits in the listener&apos;s SYN queue.</source>
        <translation>收到 SYN：回复 SYN,ACK，这个半开连接在监听套接字的 SYN 队列中等待。</translation>
    </message>
    <message>
        <source>The SYN,ACK acknowledged its SYN: it sends the third segment (ACK) and the connection is open on its side.</source>
        <translation>SYN,ACK 确认了它的 SYN：它发出第三个报文段（ACK），连接在它这一端已建立。</translation>
    </message>
    <message>
        <source>The ACK of its SYN arrived: the three-way handshake is complete and the connection moves to the accept queue.</source>
        <translation>收到了对其 SYN 的 ACK：三次握手完成，连接移入全连接队列（accept 队列）。</translation>
    </message>
    <message>
        <source>Its FIN was acknowledged: it now waits for the peer&apos;s FIN (the connection is half-closed).</source>
        <translation>它的 FIN 已被确认：现在等待对方的 FIN（连接处于半关闭状态）。</translation>
    </message>
    <message>
        <source>Its FIN was acknowledged after both sides had sent FIN: it waits 2×MSL in TIME-WAIT.</source>
        <translation>双方都已发送 FIN 后，它的 FIN 被确认：在 TIME-WAIT 中等待 2×MSL。</translation>
    </message>
    <message>
        <source>The ACK of its FIN arrived: the connection is closed. The passive closer does not enter TIME-WAIT.</source>
        <translation>收到了对其 FIN 的 ACK：连接已关闭。被动关闭方不进入 TIME-WAIT。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived: it is acknowledged at once and the application is told end-of-stream; this side may still send.</source>
        <translation>收到对方的 FIN：立即确认，并通知应用程序数据流结束；本端仍可以继续发送。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived before the ACK of its own FIN: both sides are closing at once (simultaneous close).</source>
        <translation>在自己的 FIN 被确认之前收到了对方的 FIN：双方同时在关闭（同时关闭）。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived: it is acknowledged, and the socket waits 2×MSL in TIME-WAIT in case that last ACK is lost.</source>
        <translation>收到对方的 FIN：予以确认，套接字在 TIME-WAIT 中等待 2×MSL，以防最后那个 ACK 丢失。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived: the peer will send no more data.</source>
        <translation>收到对方的 FIN：对方不会再发送数据。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived together with the ACK of its own FIN: it skips FIN-WAIT-2 and goes straight to TIME-WAIT.</source>
        <translation>对方的 FIN 与对本端 FIN 的确认一起到达：跳过 FIN-WAIT-2，直接进入 TIME-WAIT。</translation>
    </message>
    <message>
        <source>A RST answered its SYN: nobody listens on that port (connection refused).</source>
        <translation>它的 SYN 得到了 RST 回应：该端口上没有监听者（连接被拒绝）。</translation>
    </message>
    <message>
        <source>A RST arrived: the connection is dropped at once, with no TIME-WAIT; data in flight is lost.</source>
        <translation>收到 RST：连接立即被丢弃，不经过 TIME-WAIT；在途数据全部丢失。</translation>
    </message>
    <message>
        <source>Every retransmission went unanswered: TCP gives up on the connection.</source>
        <translation>所有重传都没有得到回应：TCP 放弃该连接。</translation>
    </message>
    <message>
        <source>2×MSL has passed: TIME-WAIT is over, old duplicates have died out, and the connection is gone.</source>
        <translation>2×MSL 已过：TIME-WAIT 结束，旧的重复报文段已经消失，连接彻底关闭。</translation>
    </message>
    <message>
        <source>The closed (orphaned) socket waited too long for the peer&apos;s FIN in FIN-WAIT-2 and is dropped (Linux tcp_fin_timeout).</source>
        <translation>已关闭的（孤儿）套接字在 FIN-WAIT-2 中等待对方的 FIN 太久，被丢弃（Linux tcp_fin_timeout）。</translation>
    </message>
    <message>
        <source>No keepalive probe was answered: the peer is taken for dead and the connection is dropped.</source>
        <translation>所有保活探测都没有得到回应：认为对方已失效，连接被丢弃。</translation>
    </message>
    <message>
        <source>Teaching variant: the server counts the connection as open on the SYN alone (a two-way handshake).</source>
        <translation>教学变体：服务器仅凭 SYN 就认为连接已建立（两次握手）。</translation>
    </message>
    <message>
        <source>Teaching variant: the active closer skips TIME-WAIT and forgets the connection at once.</source>
        <translation>教学变体：主动关闭方跳过 TIME-WAIT，立即忘掉这个连接。</translation>
    </message>
    <message>
        <source>The host crashed: all its connection state is lost, and the peer is not told.</source>
        <translation>主机崩溃：它的所有连接状态都丢失了，而对方并不知道。</translation>
    </message>
    <message>
        <source>A new SYN with a higher sequence number ended TIME-WAIT early: a new incarnation of the connection starts (Linux).</source>
        <translation>一个序号更大的新 SYN 提前结束了 TIME-WAIT：该连接的一个新“化身”开始了（Linux）。</translation>
    </message>
    <message>
        <source>%1 is lost on the way: the fault plan drops it.</source>
        <translation>%1 在途中丢失：故障计划丢弃了它。</translation>
    </message>
    <message>
        <source>The network loses %1 (random loss).</source>
        <translation>网络丢失了 %1（随机丢包）。</translation>
    </message>
    <message>
        <source>%1 arrives at %2, but that host is down: nobody receives it.</source>
        <translation>%1 到达 %2，但该主机已宕机：没有人接收它。</translation>
    </message>
    <message>
        <source>%1 goes nowhere: no host has the address %2 (a forged source address).</source>
        <translation>%1 无处可去：没有主机拥有地址 %2（伪造的源地址）。</translation>
    </message>
    <message>
        <source>%1 drops %2: its listener&apos;s SYN queue is full. New SYNs, legitimate ones too, are lost until entries leave the queue.</source>
        <translation>%1 丢弃了 %2：它的监听套接字的 SYN 队列已满。在队列中的条目离开之前，新的 SYN（包括合法的）都会丢失。</translation>
    </message>
    <message>
        <source>%1 drops %2: its listener&apos;s accept queue is full.</source>
        <translation>%1 丢弃了 %2：它的监听套接字的全连接队列已满。</translation>
    </message>
    <message>
        <source>No socket matches the segment it answers (no connection and nobody listening on the port), so the host answers RST (RFC 9293 §3.10.7.1).</source>
        <translation>没有套接字与它所回应的报文段匹配（没有连接，端口上也没有监听者），因此主机回复 RST（RFC 9293 §3.10.7.1）。</translation>
    </message>
    <message>
        <source>The application aborted the connection, so TCP sends RST instead of FIN.</source>
        <translation>应用程序中止了连接，因此 TCP 发送 RST 而不是 FIN。</translation>
    </message>
    <message>
        <source>The socket was closed while received data was still unread, so TCP resets the connection instead of closing it with FIN (RFC 2525 §2.17).</source>
        <translation>套接字关闭时仍有已收到但未读取的数据，因此 TCP 重置连接，而不是用 FIN 关闭（RFC 2525 §2.17）。</translation>
    </message>
    <message>
        <source>The keepalive probes went unanswered, so TCP gives up with a RST.</source>
        <translation>保活探测没有得到回应，因此 TCP 以 RST 放弃连接。</translation>
    </message>
    <message>
        <source>The segment it answers acknowledged something this side never sent (for example an old duplicate), so it answers RST (RFC 9293 §3.10.7).</source>
        <translation>它所回应的报文段确认了本端从未发送过的内容（例如一个旧的重复报文段），因此回复 RST（RFC 9293 §3.10.7）。</translation>
    </message>
    <message>
        <source>A keepalive probe: its seq is one below the next new byte, so %1 must answer with an ACK if it is still there.</source>
        <translation>保活探测：它的 seq 比下一个新字节小 1，所以 %1 如果还在，就必须回复 ACK。</translation>
    </message>
    <message>
        <source>seq=%1 is %2&apos;s initial sequence number (ISN). The SYN uses one sequence number, so the answer will be ack=%3.</source>
        <translation>seq=%1 是 %2 的初始序号（ISN）。SYN 占用一个序号，所以回应将是 ack=%3。</translation>
    </message>
    <message>
        <source>seq=%1 is %2&apos;s own ISN. ack=%3: the next byte %2 expects from %4; %4&apos;s SYN with seq=%5 used one sequence number.</source>
        <translation>seq=%1 是 %2 自己的 ISN。ack=%3：%2 期望从 %4 收到的下一个字节；%4 的 SYN（seq=%5）占用了一个序号。</translation>
    </message>
    <message>
        <source>len=%1, so %2 will answer ack=%3 (seq + len, not seq + 1).</source>
        <translation>len=%1，所以 %2 将回复 ack=%3（是 seq + len，而不是 seq + 1）。</translation>
    </message>
    <message>
        <source>FIN means %1 will send no more data. It uses one sequence number, so the answer is ack=%2 (seq + 1).</source>
        <translation>FIN 表示 %1 不会再发送数据。它占用一个序号，所以回应是 ack=%2（seq + 1）。</translation>
    </message>
    <message>
        <source>ack=%1: %2 has received everything before byte %1 and expects that byte next.</source>
        <translation>ack=%1：%2 已收到字节 %1 之前的全部数据，接下来期望收到这个字节。</translation>
    </message>
    <message>
        <source>%1&apos;s application calls listen() on port %2 (passive open).</source>
        <translation>%1 的应用程序在端口 %2 上调用 listen()（被动打开）。</translation>
    </message>
    <message>
        <source>%1&apos;s application calls connect() to %2 (active open).</source>
        <translation>%1 的应用程序调用 connect() 连接 %2（主动打开）。</translation>
    </message>
    <message>
        <source>%1&apos;s application hands %2 bytes to TCP to send.</source>
        <translation>%1 的应用程序把 %2 字节交给 TCP 发送。</translation>
    </message>
    <message>
        <source>%1&apos;s application calls shutdown(SHUT_WR): it will send no more data but keeps receiving.</source>
        <translation>%1 的应用程序调用 shutdown(SHUT_WR)：不再发送数据，但继续接收。</translation>
    </message>
    <message>
        <source>%1&apos;s application calls close().</source>
        <translation>%1 的应用程序调用 close()。</translation>
    </message>
    <message>
        <source>%1&apos;s application aborts the connection.</source>
        <translation>%1 的应用程序中止了连接。</translation>
    </message>
    <message>
        <source>%1&apos;s application reads the data received so far.</source>
        <translation>%1 的应用程序读取到目前为止收到的数据。</translation>
    </message>
    <message>
        <source>%1 starts a SYN flood: SYNs with forged source addresses that will never complete the handshake.</source>
        <translation>%1 发起 SYN 洪泛：发送源地址伪造、永远不会完成握手的 SYN。</translation>
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation>%1：%2 → %3。</translation>
    </message>
    <message>
        <source>%1 sends %2.</source>
        <translation>%1 发送 %2。</translation>
    </message>
    <message>
        <source>%1 retransmits %2: the retransmission timer expired before an ACK for it came back.</source>
        <translation>%1 重传 %2：在收到它的 ACK 之前，重传定时器已超时。</translation>
    </message>
    <message>
        <source>The network duplicates %1: an extra copy, not a retransmission, arrives %2 later.</source>
        <translation>网络重复投递了 %1：多出的一份副本（不是重传）在 %2 之后到达。</translation>
    </message>
    <message>
        <source>The fault plan delays it by %1.</source>
        <translation>故障计划让它延迟 %1。</translation>
    </message>
    <message>
        <source>%1 receives %2, but no socket matches it.</source>
        <translation>%1 收到 %2，但没有与之匹配的套接字。</translation>
    </message>
    <message>
        <source>%1 receives %2.</source>
        <translation>%1 收到 %2。</translation>
    </message>
    <message>
        <source>%1 starts its retransmission timer (%2): if no ACK comes by then, it sends again.</source>
        <translation>%1 启动重传定时器（%2）：到时仍未收到 ACK 就再次发送。</translation>
    </message>
    <message>
        <source>%1 starts the 2×MSL timer: it stays in TIME-WAIT for %2.</source>
        <translation>%1 启动 2×MSL 定时器：在 TIME-WAIT 中停留 %2。</translation>
    </message>
    <message>
        <source>%1 starts the FIN-WAIT-2 timer (%2): a closed socket does not wait forever for the peer&apos;s FIN.</source>
        <translation>%1 启动 FIN-WAIT-2 定时器（%2）：已关闭的套接字不会无限期地等待对方的 FIN。</translation>
    </message>
    <message>
        <source>%1 starts the keepalive timer (%2): if the connection stays idle that long, it probes the peer.</source>
        <translation>%1 启动保活定时器（%2）：如果连接空闲这么久，就探测对方。</translation>
    </message>
    <message>
        <source>%1 delays its ACK (%2), hoping to send it together with data.</source>
        <translation>%1 推迟发送 ACK（%2），希望能和数据一起发送。</translation>
    </message>
    <message>
        <source>%1&apos;s retransmission timer expires: no ACK came in time.</source>
        <translation>%1 的重传定时器超时：ACK 没有及时到达。</translation>
    </message>
    <message>
        <source>%1&apos;s 2×MSL timer expires.</source>
        <translation>%1 的 2×MSL 定时器超时。</translation>
    </message>
    <message>
        <source>%1&apos;s FIN-WAIT-2 timer expires: the peer&apos;s FIN never came.</source>
        <translation>%1 的 FIN-WAIT-2 定时器超时：对方的 FIN 一直没有到来。</translation>
    </message>
    <message>
        <source>%1&apos;s keepalive timer expires: the connection has been idle, so it probes the peer.</source>
        <translation>%1 的保活定时器超时：连接一直空闲，于是探测对方。</translation>
    </message>
    <message>
        <source>%1&apos;s delayed-ACK timer expires: it sends the ACK now.</source>
        <translation>%1 的延迟 ACK 定时器超时：现在发送 ACK。</translation>
    </message>
    <message>
        <source>%1 stops its retransmission timer: everything it sent so far is acknowledged.</source>
        <translation>%1 停止重传定时器：它到目前为止发送的所有数据都已被确认。</translation>
    </message>
    <message>
        <source>%1 cancels its %2.</source>
        <translation>%1 取消了它的%2。</translation>
    </message>
    <message>
        <source>%1&apos;s application is told the connection is established (connect() or accept() returns).</source>
        <translation>%1 的应用程序得知连接已建立（connect() 或 accept() 返回）。</translation>
    </message>
    <message>
        <source>%1&apos;s application receives %2 bytes: &quot;%3&quot;.</source>
        <translation>%1 的应用程序收到 %2 字节：“%3”。</translation>
    </message>
    <message>
        <source>%1&apos;s application reads end-of-stream (read() returns 0): the peer will send no more.</source>
        <translation>%1 的应用程序读到数据流结束（read() 返回 0）：对方不会再发送数据。</translation>
    </message>
    <message>
        <source>%1&apos;s application gets &quot;connection reset&quot; (ECONNRESET).</source>
        <translation>%1 的应用程序得到“连接被重置”（ECONNRESET）。</translation>
    </message>
    <message>
        <source>%1&apos;s connect() fails with &quot;connection refused&quot; (ECONNREFUSED).</source>
        <translation>%1 的 connect() 失败：“连接被拒绝”（ECONNREFUSED）。</translation>
    </message>
    <message>
        <source>%1&apos;s application gets &quot;connection timed out&quot; (ETIMEDOUT).</source>
        <translation>%1 的应用程序得到“连接超时”（ETIMEDOUT）。</translation>
    </message>
    <message>
        <source>%1&apos;s connection is gone.</source>
        <translation>%1 的连接已不复存在。</translation>
    </message>
    <message>
        <source>%1&apos;s SYN queue is full: it drops new SYNs instead of answering them.</source>
        <translation>%1 的 SYN 队列已满：它丢弃新的 SYN，而不是回应它们。</translation>
    </message>
    <message>
        <source>%1&apos;s accept queue is full.</source>
        <translation>%1 的全连接队列已满。</translation>
    </message>
    <message>
        <source>%1&apos;s connect() fails with EADDRINUSE: the same four addresses are still held by an earlier connection.</source>
        <translation>%1 的 connect() 失败，返回 EADDRINUSE：相同的四元组仍被先前的连接占用。</translation>
    </message>
    <message>
        <source>Host %1 crashes: it loses all connection state and answers nothing.</source>
        <translation>主机 %1 崩溃：丢失所有连接状态，不再应答任何报文段。</translation>
    </message>
    <message>
        <source>Host %1 reboots: it answers again but remembers no connection, so old segments get RST.</source>
        <translation>主机 %1 重启：它重新开始应答，但不记得任何连接，所以旧连接的报文段会得到 RST。</translation>
    </message>
    <message>
        <source>The process on %1 is killed: the kernel still closes its sockets (FIN, or RST where data was unread).</source>
        <translation>%1 上的进程被杀死：内核仍会关闭它的套接字（发送 FIN；若有未读数据则发送 RST）。</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of this catalogue: zh_CN in the Chinese one (not shown to users).</extracomment>
        <translation>zh_CN</translation>
    </message>
    <message>
        <source>The final ACK brought back a valid SYN cookie: the connection opens without ever having taken a place in the SYN queue (RFC 4987).</source>
        <translation>最后的 ACK 带回了有效的 SYN cookie：连接建立了，却从未在 SYN 队列中占过位置（RFC 4987）。</translation>
    </message>
    <message>
        <source>seq=%1 is a SYN cookie: %2&apos;s SYN queue is full, so instead of keeping state it encodes the connection in its ISN. If %3&apos;s ACK comes back with ack=%4, the cookie proves the handshake (RFC 4987).</source>
        <translation>seq=%1 是一个 SYN cookie：%2 的 SYN 队列已满，于是它不保存状态，而是把连接信息编码进自己的 ISN。如果 %3 的 ACK 带着 ack=%4 回来，这个 cookie 就证明了握手（RFC 4987）。</translation>
    </message>
    <message>
        <source>ack=%1: the next byte %2 expects from %3; %3&apos;s SYN with seq=%4 used one sequence number.</source>
        <translation>ack=%1：%2 期望从 %3 收到的下一个字节；%3 的 SYN（seq=%4）占用了一个序号。</translation>
    </message>
    <message>
        <source>%1 receives the network&apos;s extra copy of %2: a duplicate of a segment that already arrived.</source>
        <translation>%1 收到网络多出的一份 %2 副本：这是一个已经到达过的报文段的重复。</translation>
    </message>
    <message>
        <source>New data arrived after the application had closed the socket; nobody can read it, so TCP resets the connection instead of acknowledging it (RFC 1122 §4.2.2.13).</source>
        <translation>应用程序关闭套接字之后又收到了新数据；已经没有人能读取它，所以 TCP 重置连接，而不是确认这些数据（RFC 1122 §4.2.2.13）。</translation>
    </message>
    <message>
        <source>Fault %1 of the fault list matched no segment of %2 in this run, so it changed nothing.</source>
        <translation>故障列表中的第 %1 个故障在本次运行中没有匹配到 %2 的任何报文段，因此什么也没有改变。</translation>
    </message>
    <message>
        <source>It is a hand-made segment: no TCP endpoint of its sender chose to send it. A receiver that finds its sequence number in the window cannot tell it from a real one (RFC 5961).</source>
        <translation>这是一个手工构造的报文段：发送方没有任何 TCP 端点决定发送它。接收方若发现它的序号落在窗口内，就无法把它和真实的报文段区分开（RFC 5961）。</translation>
    </message>
    <message>
        <source>A hand-made segment: %1 wrote its addresses and numbers itself, as a raw socket or a middlebox does; no connection of %1 knows about it.</source>
        <translation>一个手工构造的报文段：%1 自己填写了它的地址和序号，就像原始套接字或中间设备所做的那样；%1 的任何连接都不知道它。</translation>
    </message>
    <message>
        <source>%1 sends a segment it made by hand.</source>
        <translation>%1 发送一个手工构造的报文段。</translation>
    </message>
    <message>
        <source>persist timer</source>
        <translation>坚持定时器</translation>
    </message>
    <message>
        <source>%1&apos;s application calls send(), but its connection takes no more data.</source>
        <translation>%1 的应用程序调用 send()，但它的连接不再接受数据。</translation>
    </message>
    <message>
        <source>%1 starts its persist timer (%2): the peer&apos;s window is zero, so it will probe whether it has opened.</source>
        <translation>%1 启动坚持定时器（%2）：对方的窗口为零，所以它将探测窗口是否已经打开。</translation>
    </message>
    <message>
        <source>%1&apos;s persist timer expires: it sends a zero-window probe, one byte beyond the closed window, so the answer repeats the peer&apos;s window (RFC 9293 §3.8.6.1).</source>
        <translation>%1 的坚持定时器超时：它发送零窗口探测，即关闭的窗口之外的一个字节，对方的应答会重复它的窗口（RFC 9293 §3.8.6.1）。</translation>
    </message>
    <message>
        <source>%1&apos;s send() fails with &quot;broken pipe&quot; (EPIPE): its sending side is shut down or the connection is gone.</source>
        <translation>%1 的 send() 以“管道已断开”（EPIPE）失败：它的发送方向已经关闭，或者连接已不存在。</translation>
    </message>
    <message>
        <source>A SYN with a new sequence number reached a half-open connection. Linux answers it with RST and forgets the connection request (tcp_check_req); RFC 9293 §3.10.7.4 would go back to LISTEN without an answer.</source>
        <translation>一个带新序号的 SYN 到达了半开连接。Linux 用 RST 回答它，并丢弃这个连接请求（tcp_check_req）；按 RFC 9293 §3.10.7.4 则会不作回答地回到 LISTEN。</translation>
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
        <translation>FIN-WAIT-2 定时器</translation>
    </message>
    <message>
        <source>keepalive</source>
        <translation>保活</translation>
    </message>
    <message>
        <source>delayed ACK</source>
        <translation>延迟 ACK</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>host down</source>
        <translation>主机宕机</translation>
    </message>
    <message>
        <source>no such host</source>
        <translation>主机不存在</translation>
    </message>
    <message>
        <source>SYN queue full</source>
        <translation>SYN 队列已满</translation>
    </message>
    <message>
        <source>accept queue full</source>
        <translation>全连接队列已满</translation>
    </message>
    <message>
        <source>%1 (forged sources)</source>
        <translation>%1（伪造源地址）</translation>
    </message>
    <message>
        <source>(unknown addresses)</source>
        <translation>（未知地址）</translation>
    </message>
    <message>
        <source>… %1 …</source>
        <translation>… %1 …</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>+%1 delay</source>
        <translation>延迟 +%1</translation>
    </message>
    <message>
        <source>keepalive probe</source>
        <translation>保活探测</translation>
    </message>
    <message>
        <source>%1 → %2: %3 forged SYNs, %4/s</source>
        <translation>%1 → %2：%3 个伪造的 SYN，每秒 %4 个</translation>
    </message>
    <message>
        <source>%1 of them dropped: SYN queue full</source>
        <translation>其中 %1 个被丢弃：SYN 队列已满</translation>
    </message>
    <message>
        <source>%1 → forged addresses: %2 SYN,ACKs</source>
        <translation>%1 → 伪造的地址：%2 个 SYN,ACK</translation>
    </message>
    <message>
        <source>%1 → forged addresses: %2 segments</source>
        <translation>%1 → 伪造的地址：%2 个报文段</translation>
    </message>
    <message>
        <source>SYN queue: %1 half-open</source>
        <translation>SYN 队列：%1 个半连接</translation>
    </message>
    <message>
        <source>SYN queue full: %1 half-open</source>
        <translation>SYN 队列已满：%1 个半连接</translation>
    </message>
    <message>
        <source>SYN queue empty</source>
        <translation>SYN 队列已空</translation>
    </message>
    <message>
        <source>persist</source>
        <translation>坚持</translation>
    </message>
</context>
<context>
    <name>SettingMessages</name>
    <message>
        <source>%1: unknown setting</source>
        <translation>%1：未知的设置</translation>
    </message>
    <message>
        <source>%1: expected two different host names, e.g. %2.A&gt;B</source>
        <translation>%1：应为两个不同的主机名，例如 %2.A&gt;B</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>“%1”不是 true 或 false</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (expected %2)</source>
        <translation>未知的值“%1”（应为 %2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number between 0 and %2</source>
        <translation>“%1”不是 0 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>必须是 %1 之一</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>host %1: </source>
        <translation>主机 %1：</translation>
    </message>
    <message>
        <source>%1 (%2) %3 %4 (%5)</source>
        <translation>%1（%2）%3 %4（%5）</translation>
    </message>
    <message>
        <source>must not exceed</source>
        <translation>不能超过</translation>
    </message>
    <message>
        <source>must not be less than</source>
        <translation>不能小于</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>expects a %1 value, not %2</source>
        <translation>应为 %1 类型的值，而不是 %2</translation>
    </message>
</context>
<context>
    <name>StateDiagramExporter</name>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <translation>%1 时：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TCP Connection Lab: watch and break TCP connections.</source>
        <translation>TCP 连接实验室：观察 TCP 连接，并亲手“弄坏”它们。</translation>
    </message>
    <message>
        <source>Language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Open a built-in scenario by id, or a scenario file.</source>
        <translation>按 ID 打开内置场景，或打开一个场景文件。</translation>
    </message>
    <message>
        <source>Put the playhead at this time (e.g. 120ms, 1.5s).</source>
        <translation>把播放头放在这个时刻（例如 120ms、1.5s）。</translation>
    </message>
    <message>
        <source>Drop a segment, e.g. A#1 (repeatable).</source>
        <translation>丢弃一个报文段，例如 A#1（可重复使用）。</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit (uses fresh settings).</source>
        <translation>把窗口截图保存到这个 PNG 文件后退出（使用全新的设置）。</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1500x900.</source>
        <translation>--screenshot 使用的窗口大小，例如 1500x900。</translation>
    </message>
    <message>
        <source>Bring this dock to the front, e.g. settingsDock.</source>
        <translation>把这个停靠面板放到最前面，例如 settingsDock。</translation>
    </message>
    <message>
        <source>Select this segment (its number in the trace), as a click would.</source>
        <translation>选中这个报文段（它在轨迹中的编号），如同单击一样。</translation>
    </message>
    <message>
        <source>Show the first-start welcome in a --screenshot run too.</source>
        <translation>在 --screenshot 运行中也显示首次启动的欢迎提示。</translation>
    </message>
    <message>
        <source>tcplab: could not write to standard output
</source>
        <translation>tcplab：无法写入标准输出
</translation>
    </message>
    <message>
        <source>tcplab: give one scenario: a file, --scenario ID|FILE or --present ID|FILE</source>
        <translation>tcplab：只能给一个场景：一个文件、--scenario ID|FILE 或 --present ID|FILE</translation>
    </message>
    <message>
        <source>Open a built-in scenario by id, or a scenario file, in presenter mode (full screen; Esc leaves it).</source>
        <translation>以演示模式按 ID 打开内置场景或场景文件（全屏；按 Esc 退出）。</translation>
    </message>
    <message>
        <source>Show the run beside another: &quot;shipped&quot;, &quot;variant&quot; or, for a capture, &quot;model&quot;.</source>
        <translation>把这次运行与另一次并排显示：&quot;shipped&quot;（原始场景）、&quot;variant&quot;（教学变体），对抓包还可用 &quot;model&quot;（模型）。</translation>
    </message>
    <message>
        <source>Open a pcap or pcapng capture and choose one of its TCP connections.</source>
        <translation>打开 pcap 或 pcapng 抓包文件，并选择其中一条 TCP 连接。</translation>
    </message>
    <message>
        <source>A scenario file, or a .pcapng or .pcap capture, to open.</source>
        <translation>要打开的场景文件，或 .pcapng、.pcap 抓包文件。</translation>
    </message>
</context>
<context>
    <name>tcplab::ActionPanel</name>
    <message>
        <source>Send Data</source>
        <translation>发送数据</translation>
    </message>
    <message>
        <source>Data that %1 sends:</source>
        <translation>%1 要发送的数据：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Send Data…</source>
        <translation>发送数据…</translation>
    </message>
    <message>
        <source>Shut Down Sending</source>
        <translation>关闭发送方向</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Abort (RST)</source>
        <translation>中止（RST）</translation>
    </message>
    <message>
        <source>Crash Host</source>
        <translation>主机崩溃</translation>
    </message>
    <message>
        <source>Reboot Host</source>
        <translation>重启主机</translation>
    </message>
    <message>
        <source>Kill Process</source>
        <translation>杀死进程</translation>
    </message>
    <message>
        <source>Active open: send a SYN to the listening host.</source>
        <translation>主动打开：向正在监听的主机发送 SYN。</translation>
    </message>
    <message>
        <source>Queue application data on the connection.</source>
        <translation>把应用数据放入连接的发送队列。</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): send FIN but keep receiving (half-close).</source>
        <translation>shutdown(SHUT_WR)：发送 FIN，但继续接收（半关闭）。</translation>
    </message>
    <message>
        <source>close(): send FIN; the socket is gone for the application.</source>
        <translation>close()：发送 FIN；对应用程序而言套接字已不存在。</translation>
    </message>
    <message>
        <source>Abort the connection at once with RST; no TIME-WAIT.</source>
        <translation>立即用 RST 中止连接；没有 TIME-WAIT。</translation>
    </message>
    <message>
        <source>The host stops answering and loses every connection&apos;s state.</source>
        <translation>主机停止应答，并丢失所有连接的状态。</translation>
    </message>
    <message>
        <source>The crashed host answers again, knowing no connection.</source>
        <translation>崩溃的主机重新开始应答，但不知道任何连接。</translation>
    </message>
    <message>
        <source>The process exits; the kernel closes its sockets (FIN, or RST with unread data).</source>
        <translation>进程退出；内核关闭它的套接字（发送 FIN；若有未读数据则发送 RST）。</translation>
    </message>
    <message>
        <source>Added at the playhead, t = %1 s</source>
        <translation>添加在播放头处，t = %1 秒</translation>
    </message>
</context>
<context>
    <name>tcplab::CaptureActions</name>
    <message>
        <source>This is a capture: it shows what happened on a real network, so its segments cannot be dropped, delayed or duplicated. Use View ▸ Compare ▸ With the Model to see the simulated run of the same story.</source>
        <translation>这是一份抓包：它显示的是真实网络上发生的事，因此其中的报文段不能被丢弃、延迟或重复。用“视图 ▸ 比较 ▸ 与模型比较”查看同一过程的模拟运行。</translation>
    </message>
    <message>
        <source>Open Capture</source>
        <translation>打开抓包</translation>
    </message>
    <message>
        <source>Captures (*.pcapng *.pcap *.cap);;All files (*)</source>
        <translation>抓包文件 (*.pcapng *.pcap *.cap);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot Open Capture</source>
        <translation>无法打开抓包</translation>
    </message>
    <message>
        <source>“%1” could not be read as a capture:

%2</source>
        <translation>无法把“%1”作为抓包读取：

%2</translation>
    </message>
    <message>
        <source>“%1” holds no TCP connection.</source>
        <translation>“%1”中没有 TCP 连接。</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) read.</source>
        <translation>
            <numerusform>已读取 %n 帧。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection %1 of “%2” could not be read:

%3</source>
        <translation>无法读取“%2”中的第 %1 条连接：

%3</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>This is a capture, not a scenario: there is nothing of yours to save. Its story can be run with View ▸ Compare ▸ With the Model.</source>
        <translation>这是抓包而不是场景：没有你的改动需要保存。可以用“视图 ▸ 比较 ▸ 与模型比较”运行它所讲述的过程。</translation>
    </message>
    <message>
        <source>This is a capture already: the file it came from holds these segments.</source>
        <translation>这已经是抓包了：它来自的文件里就有这些报文段。</translation>
    </message>
</context>
<context>
    <name>tcplab::CaptureExportDialog</name>
    <message>
        <source>Export Capture</source>
        <translation>导出抓包</translation>
    </message>
    <message>
        <source>On the wire: every segment once, in the middle of its way</source>
        <translation>在线路上：每个报文段在途中各见一次</translation>
    </message>
    <message>
        <source>At %1&apos;s interface: what %1 sent and what reached it</source>
        <translation>在 %1 的网络接口上：%1 发出的和到达 %1 的报文段</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Capture point:</source>
        <translation>抓包位置：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>pcapng capture (*.pcapng)</source>
        <translation>pcapng 抓包 (*.pcapng)</translation>
    </message>
    <message>
        <source>pcap capture, the classic format (*.pcap)</source>
        <translation>pcap 抓包，经典格式 (*.pcap)</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>请给文件起个名字。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 是一个文件夹；请给出文件名。</translation>
    </message>
    <message>
        <source>The capture could not be written: %1</source>
        <translation>无法写入抓包：%1</translation>
    </message>
</context>
<context>
    <name>tcplab::CapturePanel</name>
    <message>
        <source>Capture</source>
        <translation>抓包</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>报文段</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Sent (s)</source>
        <translation>发送 (秒)</translation>
    </message>
    <message>
        <source>Arrived (s)</source>
        <translation>到达 (秒)</translation>
    </message>
    <message>
        <source>Inferred</source>
        <translation>推断</translation>
    </message>
    <message>
        <source>A simulated run: every time and every loss is known. Open a capture (File ▸ Open Capture…) to see what an observer can and cannot know.</source>
        <translation>这是模拟运行：每个时刻、每次丢失都是已知的。打开一份抓包（文件 ▸ 打开抓包…），看看旁观者能知道什么、不能知道什么。</translation>
    </message>
    <message>
        <source>at A&apos;s interface</source>
        <translation>在 A 的网络接口上</translation>
    </message>
    <message>
        <source>at B&apos;s interface</source>
        <translation>在 B 的网络接口上</translation>
    </message>
    <message>
        <source>on the path between A and B</source>
        <translation>在 A 与 B 之间的路径上</translation>
    </message>
    <message>
        <source>A (opened it): %1</source>
        <translation>A（发起连接的一方）：%1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <source>Captured %1 (the file says so).</source>
        <translation>抓包位置：%1（文件中注明）。</translation>
    </message>
    <message>
        <source>Captured %1, judged from the timing.</source>
        <translation>抓包位置：%1（根据时序判断）。</translation>
    </message>
    <message>
        <source>One-way delay about %1 s, taken as the same both ways.</source>
        <translation>单向时延约 %1 秒，假定两个方向相同。</translation>
    </message>
    <message>
        <source>Delay unknown: nothing was acknowledged.</source>
        <translation>时延未知：没有任何报文段被确认。</translation>
    </message>
    <message>
        <source>The handshake is not in the capture: both sides are shown as CLOSED until their first segment.</source>
        <translation>抓包中没有握手：在各自的第一个报文段之前，两端都显示为 CLOSED。</translation>
    </message>
    <message>
        <source>≈ marks a time worked out rather than seen. Timers, application calls and what the application read are not on the wire.</source>
        <translation>≈ 表示推算出的而非观察到的时刻。定时器、应用程序调用以及应用程序读了什么，都不会出现在线路上。</translation>
    </message>
    <message>
        <source>lost after the capture point</source>
        <translation>在抓包位置之后丢失</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>乱序</translation>
    </message>
    <message>
        <source>payload cut: %1 of %2 bytes captured</source>
        <translation>载荷被截断：%2 字节中只抓到 %1 字节</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
</context>
<context>
    <name>tcplab::CommandLine</name>
    <message>
        <source>capture: missing --out FILE</source>
        <translation>capture：缺少 --out FILE</translation>
    </message>
    <message>
        <source>--point &apos;%1&apos;: expected wire or a host (%2)</source>
        <translation>--point &apos;%1&apos;：应为 wire 或一台主机（%2）</translation>
    </message>
    <message>
        <source>simulate a scenario and save it as a pcap/pcapng capture</source>
        <translation>模拟场景并存为 pcap/pcapng 抓包文件</translation>
    </message>
    <message>
        <source>could not write to standard output</source>
        <translation>无法写入标准输出</translation>
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
选项：
  -h, --help       显示本帮助；单个命令的帮助用 `tcplab-cli 命令 --help`
  -v, --version    显示版本
  --lang zh_CN|en  消息与帮助的语言（默认：按区域设置，取自 LC_ALL、
                   LC_MESSAGES 或 LANG）；对 export 与 layout 也是图中文字的
                   语言（默认：en）。可出现在命令行的任意位置。

退出状态：成功为 0；用法错误、未知场景或文件有误为 2；
无法写出输出为 1。
</translation>
    </message>
    <message>
        <source>--lang: missing the language (zh_CN or en)</source>
        <translation>--lang：缺少语言（zh_CN 或 en）</translation>
    </message>
    <message>
        <source>--lang &apos;%1&apos;: expected zh_CN or en</source>
        <translation>--lang &apos;%1&apos;：应为 zh_CN 或 en</translation>
    </message>
    <message>
        <source>missing the command (%1)</source>
        <translation>缺少命令（%1）</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Try &apos;tcplab-cli --help&apos;.
</source>
        <translation>请试试 &apos;tcplab-cli --help&apos;。
</translation>
    </message>
    <message>
        <source>Try &apos;tcplab-cli %1 --help&apos;.
</source>
        <translation>请试试 &apos;tcplab-cli %1 --help&apos;。
</translation>
    </message>
    <message>
        <source>--out &apos;%1&apos;: the folder &apos;%2&apos; does not exist</source>
        <translation>--out &apos;%1&apos;：文件夹 &apos;%2&apos; 不存在</translation>
    </message>
    <message>
        <source>--out &apos;%1&apos;: is a folder; give a file name</source>
        <translation>--out &apos;%1&apos;：这是一个文件夹；请给出文件名</translation>
    </message>
    <message>
        <source>--steps writes into a folder; leave out --out</source>
        <translation>--steps 写入一个文件夹；请去掉 --out</translation>
    </message>
    <message>
        <source>--steps and --state-diagram cannot be combined</source>
        <translation>--steps 与 --state-diagram 不能同用</translation>
    </message>
    <message>
        <source>--at is for --state-diagram; use --from/--to for a range</source>
        <translation>--at 用于 --state-diagram；时间范围请用 --from/--to</translation>
    </message>
    <message>
        <source>--scale and --dpi both set the PNG size; give one</source>
        <translation>--scale 与 --dpi 都设定 PNG 尺寸；只给一个</translation>
    </message>
    <message>
        <source>--preset &apos;%1&apos;: expected slides or standard</source>
        <translation>--preset &apos;%1&apos;：应为 slides 或 standard</translation>
    </message>
    <message>
        <source>--preset slides sets the size (1920x1080); leave out --scale, --dpi and --pages</source>
        <translation>--preset slides 已设定尺寸（1920x1080）；请去掉 --scale、--dpi 与 --pages</translation>
    </message>
    <message>
        <source>--compare cannot be combined with --steps or --state-diagram</source>
        <translation>--compare 不能与 --steps 或 --state-diagram 同用</translation>
    </message>
    <message>
        <source>--compare &apos;%1&apos;: expected shipped, standard, two-way-handshake or no-time-wait</source>
        <translation>--compare &apos;%1&apos;：应为 shipped、standard、two-way-handshake 或 no-time-wait</translation>
    </message>
    <message>
        <source>--scale &apos;%1&apos;: expected a number from 0.25 to 8</source>
        <translation>--scale &apos;%1&apos;：应为 0.25 到 8 之间的数</translation>
    </message>
    <message>
        <source>--dpi &apos;%1&apos;: expected a whole number from 24 to 768</source>
        <translation>--dpi &apos;%1&apos;：应为 24 到 768 之间的整数</translation>
    </message>
    <message>
        <source>--pages &apos;%1&apos;: expected single, a4 or letter</source>
        <translation>--pages &apos;%1&apos;：应为 single、a4 或 letter</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos;: expected a duration, e.g. 300ms, 1.5s, 2min</source>
        <translation>--%1 &apos;%2&apos;：应为时长，例如 300ms、1.5s、2min</translation>
    </message>
    <message>
        <source>empty range: --to %1 is not after --from %2</source>
        <translation>范围为空：--to %1 不在 --from %2 之后</translation>
    </message>
    <message>
        <source>--at &apos;%1&apos;: expected a duration, e.g. 300ms, 1.5s</source>
        <translation>--at &apos;%1&apos;：应为时长，例如 300ms、1.5s</translation>
    </message>
    <message>
        <source>--steps &apos;%1&apos;: the folder does not exist</source>
        <translation>--steps &apos;%1&apos;：文件夹不存在</translation>
    </message>
    <message>
        <source>--lang %1: the translation catalogue :/i18n/tcplab_%1.qm is missing from this build</source>
        <translation>--lang %1：本版本缺少翻译目录 :/i18n/tcplab_%1.qm</translation>
    </message>
    <message>
        <source>empty range: no event of the run (which ends at %1 s) lies in it</source>
        <translation>范围为空：其中没有这次运行的任何事件（运行在 %1 秒结束）</translation>
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
        <translation>用法：tcplab-cli import FILE [选项]
读取 pcap 或 pcapng 抓包文件（Wireshark、tcpdump、`tcplab-cli capture`），像 Wireshark
的“会话”窗口那样列出其中的 TCP 连接：两端（A 发起连接）、分组数、线路上的字节数、
开始时间与持续时间，以及连接如何结束。
加 --connection 时，按 `run` 的格式把该连接打印为轨迹，两端的状态由报文段推断
（RFC 9293 §3.10）。

选项：
  --connection N       把第 N 个连接（# 列）打印为轨迹
  --format text|jsonl  轨迹的格式（默认 text），同 `run`
  --point A|B|wire     抓包位置：A 或 B 的网卡，或两者之间的路径上；
                       不给时由时间关系推断

不能用作 TCP 报文段的帧（其他协议、截断的帧、IP 分片、不可能的 TCP 选项）会被跳过
并计数。见 docs/captures.md。
</translation>
    </message>
    <message>
        <source>at A&apos;s interface</source>
        <translation>在 A 的网卡</translation>
    </message>
    <message>
        <source>at B&apos;s interface</source>
        <translation>在 B 的网卡</translation>
    </message>
    <message>
        <source>on the path between</source>
        <translation>在两者之间的路径上</translation>
    </message>
    <message>
        <source>A = %1, B = %2; captured %3 (%4)</source>
        <translation>A = %1，B = %2；抓包位置%3（%4）</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>按指定</translation>
    </message>
    <message>
        <source>from the timing</source>
        <translation>由时间关系推断</translation>
    </message>
    <message>
        <source>; one-way delay about %1 s</source>
        <translation>；单向时延约 %1 秒</translation>
    </message>
    <message>
        <source>; delay unknown (nothing was acknowledged)</source>
        <translation>；时延未知（没有任何确认）</translation>
    </message>
    <message>
        <source>; the handshake is not in the capture</source>
        <translation>；抓包中没有握手</translation>
    </message>
    <message numerus="yes">
        <source>; %n segment(s) inferred lost</source>
        <translation>
            <numerusform>；推断丢失 %n 个报文段</numerusform>
        </translation>
    </message>
    <message>
        <source>import: missing the capture file</source>
        <translation>import：缺少抓包文件</translation>
    </message>
    <message>
        <source>import: expected one file, got %1: %2</source>
        <translation>import：只能给一个文件，却给了 %1 个：%2</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos;: expected text or jsonl</source>
        <translation>--format &apos;%1&apos;：应为 text 或 jsonl</translation>
    </message>
    <message>
        <source>--point &apos;%1&apos;: expected A, B or wire</source>
        <translation>--point &apos;%1&apos;：应为 A、B 或 wire</translation>
    </message>
    <message>
        <source>--point and --format need --connection N</source>
        <translation>--point 与 --format 需要 --connection N</translation>
    </message>
    <message>
        <source>--connection &apos;%1&apos;: expected a number from the # column</source>
        <translation>--connection &apos;%1&apos;：应为 # 列中的编号</translation>
    </message>
    <message>
        <source>tcplab-cli: connection %1: %2
</source>
        <translation>tcplab-cli：连接 %1：%2
</translation>
    </message>
    <message>
        <source>list a pcap/pcapng capture&apos;s TCP connections, or print one as a trace</source>
        <translation>列出 pcap/pcapng 抓包中的 TCP 连接，或把其中一个打印为轨迹</translation>
    </message>
    <message>
        <source>--width &apos;%1&apos;: expected pixels, e.g. 900</source>
        <translation>--width &apos;%1&apos;：应为像素数，例如 900</translation>
    </message>
    <message>
        <source>--height &apos;%1&apos;: expected pixels, at least 50</source>
        <translation>--height &apos;%1&apos;：应为像素数，至少 50</translation>
    </message>
    <message>
        <source>--zoom &apos;%1&apos;: expected fit or pixels per millisecond (above 0, up to 2000)</source>
        <translation>--zoom &apos;%1&apos;：应为 fit 或每毫秒的像素数（大于 0，至多 2000）</translation>
    </message>
    <message>
        <source>--floods &apos;%1&apos;: expected summarised or expanded</source>
        <translation>--floods &apos;%1&apos;：应为 summarised 或 expanded</translation>
    </message>
    <message>
        <source>--content &apos;%1&apos;: expected textbook, flags or full</source>
        <translation>--content &apos;%1&apos;：应为 textbook、flags 或 full</translation>
    </message>
    <message>
        <source>--lang %1: the translation catalogue is missing from this build</source>
        <translation>--lang %1：本版本缺少翻译目录</translation>
    </message>
    <message>
        <source>--picture &apos;%1&apos;: cannot write the file</source>
        <translation>--picture &apos;%1&apos;：无法写入该文件</translation>
    </message>
    <message>
        <source>lay out a scenario&apos;s sequence diagram and print it as JSON</source>
        <translation>排布场景的时序图并以 JSON 打印</translation>
    </message>
    <message>
        <source>Usage: tcplab-cli list
Prints the built-in scenarios in lesson order: the id (for `tcplab-cli run ID`), its
lesson group and its English title.
</source>
        <translation>用法：tcplab-cli list
按课程顺序打印内置场景：id（用于 `tcplab-cli run ID`）、所属课程组和英文标题。
</translation>
    </message>
    <message>
        <source>list: unexpected argument &apos;%1&apos;</source>
        <translation>list：多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>print the built-in scenarios: id, lesson and title</source>
        <translation>打印内置场景：id、课程和标题</translation>
    </message>
    <message>
        <source>run stopped at the limit of %1 events (at %2 s); the trace above is partial. Shorten the run with --until or duration_s</source>
        <translation>运行在 %1 个事件的上限处停止（于 %2 秒）；上面的轨迹不完整。请用 --until 或 duration_s 缩短运行</translation>
    </message>
    <message>
        <source>simulate a scenario and print its trace</source>
        <translation>模拟场景并打印其轨迹</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: neither a built-in scenario nor a file (built-in: %2)</source>
        <translation>&apos;%1&apos;：既不是内置场景，也不是文件（内置场景：%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: cannot be loaded</source>
        <translation>&apos;%1&apos;：无法载入</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos;: no host named &apos;%3&apos; in this scenario (hosts: %4)</source>
        <translation>--%1 &apos;%2&apos;：本场景中没有名为 &apos;%3&apos; 的主机（主机：%4）</translation>
    </message>
    <message>
        <source>--until &apos;%1&apos;: expected a duration, e.g. 300ms, 2s, 2min</source>
        <translation>--until &apos;%1&apos;：应为时长，例如 300ms、2s、2min</translation>
    </message>
    <message>
        <source>--until &apos;%1&apos;: must be between 0 and %2 h (a week of virtual time)</source>
        <translation>--until &apos;%1&apos;：必须在 0 到 %2 小时之间（一周的虚拟时间）</translation>
    </message>
    <message>
        <source>--set &apos;%1&apos;: expected KEY=VALUE, e.g. loss=0.2</source>
        <translation>--set &apos;%1&apos;：应为 KEY=VALUE，例如 loss=0.2</translation>
    </message>
    <message>
        <source>--set &apos;%1&apos;: %2</source>
        <translation>--set &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>--set &apos;%1&apos;: unknown setting &apos;%2&apos;; protocol settings: %3; network settings: %4, delay_ms.A&gt;B, loss.A&gt;B</source>
        <translation>--set &apos;%1&apos;：未知设置 &apos;%2&apos;；协议设置：%3；网络设置：%4、delay_ms.A&gt;B、loss.A&gt;B</translation>
    </message>
    <message>
        <source>--set &apos;%1&apos;: expected %2.FROM&gt;TO, e.g. %2.A&gt;B</source>
        <translation>--set &apos;%1&apos;：应为 %2.FROM&gt;TO，例如 %2.A&gt;B</translation>
    </message>
    <message>
        <source>--set &apos;%1&apos;: no host named &apos;%2&apos; in this scenario (hosts: %3)</source>
        <translation>--set &apos;%1&apos;：本场景中没有名为 &apos;%2&apos; 的主机（主机：%3）</translation>
    </message>
    <message>
        <source>Usage: tcplab-cli validate FILE...
Checks scenario files. Prints &quot;FILE: ok&quot; for a good file; for a bad one, every
problem on its own line (&quot;FILE: actions[2].at_ms: must be ≥ 0&quot;) on standard error.
Exit status 0 when every file is good, 2 otherwise.
</source>
        <translation>用法：tcplab-cli validate FILE...
检查场景文件。文件无误时打印 &quot;FILE: ok&quot;；有误时把每个问题各占一行
（&quot;FILE: actions[2].at_ms: must be ≥ 0&quot;）写到标准错误。
所有文件都无误时退出状态为 0，否则为 2。
</translation>
    </message>
    <message>
        <source>validate: missing the scenario file</source>
        <translation>validate：缺少场景文件</translation>
    </message>
    <message>
        <source>not a valid scenario file</source>
        <translation>不是有效的场景文件</translation>
    </message>
    <message>
        <source>check scenario files and list every problem</source>
        <translation>检查场景文件并列出每个问题</translation>
    </message>
    <message>
        <source>Usage: tcplab-cli COMMAND [options]
Runs tcplab&apos;s TCP scenarios without the window: traces as text or JSON lines,
and diagrams as PNG, SVG or PDF.

Commands:
</source>
        <translation>用法：tcplab-cli 命令 [选项]
不开窗口运行 tcplab 的 TCP 场景：轨迹输出为文本或 JSON 行，
图输出为 PNG、SVG 或 PDF。

命令：
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
        <translation>用法：tcplab-cli capture ID|FILE --out FILE [选项]
模拟一个场景，把某个抓包点看到的报文段存为抓包文件，供 Wireshark 或 tcpdump 打开：
以太网、IPv4 与 TCP，校验和正确，时间戳取自虚拟时间（时间 0 为 2022-08-18 00:00:00 UTC）。

选项：
  --out FILE           要写的文件；FILE.pcap 为 libpcap 格式，其他扩展名为 pcapng
                       （场景、故障与抓包点写在注释里）
%1%2
各抓包点看到什么、何时看到，见 docs/captures.md。
</translation>
    </message>
    <message>
        <source>  --point HOST|wire    where to capture: at a host&apos;s interface (A, B: what it sent and
                       what reached it) or on the wire (default: a tap in the middle of
                       the path that sees every segment once, also those lost after it)
</source>
        <translation>  --point HOST|wire    在哪里抓包：某台主机的网卡（A、B：它发出的和到达它的），
                       或线路上（默认：路径中间的分接点，每个报文段看到一次，
                       包括在它之后丢失的）
</translation>
    </message>
    <message>
        <source>--out &apos;%1&apos;: unknown file type &apos;%2&apos;; use .png, .svg, .pdf, .pcapng or .pcap</source>
        <translation>--out &apos;%1&apos;：未知的文件类型 &apos;%2&apos;；请用 .png、.svg、.pdf、.pcapng 或 .pcap</translation>
    </message>
    <message>
        <source>--%1 is for images; a capture (%2) takes --point and the scenario options</source>
        <translation>--%1 只用于图片；抓包文件（%2）只接受 --point 和场景选项</translation>
    </message>
    <message>
        <source>--point is for captures: give --out a .pcapng or .pcap file</source>
        <translation>--point 只用于抓包文件：请让 --out 指向 .pcapng 或 .pcap 文件</translation>
    </message>
    <message>
        <source>export: missing --out PATH (a .png, .svg, .pdf, .pcapng or .pcap file) or --steps DIR</source>
        <translation>export：缺少 --out PATH（.png、.svg、.pdf、.pcapng 或 .pcap 文件）或 --steps DIR</translation>
    </message>
    <message>
        <source>draw a scenario&apos;s diagram to PNG, SVG or PDF, or save it as a capture</source>
        <translation>把场景的图画成 PNG、SVG 或 PDF，或存为抓包文件</translation>
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
        <translation>  --drop SPEC          丢弃一个报文段；SPEC 为 HOST#N（HOST 的第 N 个报文段）或
                       HOST:FLAGS#N（它带 FLAGS 的第 N 个报文段）：A#3、B:FIN#1、B:SYN+ACK#1；
                       在带有它之前各故障的运行中计数，之后保存为该报文段的
                       身份（它的标志位、seq、ack）
  --delay SPEC:TIME    把一个报文段延迟 TIME：A#2:300ms
  --dup SPEC:TIME      在原报文段之后 TIME 再投递一个副本：B#1:2s
  --profile NAME       协议设置从某个配置档案开始：rfc9293 或 linux
                       （场景自己设置的项保持其值）
  --set KEY=VALUE      修改一项协议或网络设置：rto_initial_ms=3000、
                       loss=0.2、jitter_ms=10、delay_ms.A&gt;B=200、variant=no-time-wait
  --until DURATION     在此时刻停止模拟（300ms、2s、2min、1h）
</translation>
    </message>
    <message>
        <source>warning: faults[%1] (%2 %3) matches no segment of this run; it hits nothing</source>
        <translation>警告：faults[%1]（%2 %3）不匹配本次运行中的任何报文段；它不作用于任何报文段</translation>
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
        <translation>用法：tcplab-cli quiz ID|FILE [选项]
模拟一个场景，打印它“先预测，再观看”模式中的问题：在运行中选出的时刻，接下来会发生
什么（报文段、确认号、状态、定时器时长，回应是 ACK、RST 还是什么都没有），正确答案
读自这次运行，每个错误选项都注明它所代表的误解。

选项：
  --format text|json   text（默认）：带答案的编号问题；
                       json：一个文档（docs/quiz-format.md）
  --lang zh_CN|en      问题与消息的语言（默认：en）
%1
--drop、--delay、--dup 和 --set 可以多次给出，与 `run` 相同：问题随修改后的故事变化。
</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos;: expected text or json</source>
        <translation>--format &apos;%1&apos;：应为 text 或 json</translation>
    </message>
    <message>
        <source>print a run&apos;s &quot;predict, then see&quot; questions with their answers</source>
        <translation>打印一次运行的“先预测，再观看”问题及其答案</translation>
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
        <translation>用法：tcplab-cli run ID|FILE [选项]
模拟一个场景（`tcplab-cli list` 中的内置 id，或一个场景文件），并打印其轨迹，
每个事件一行。

选项：
  --format text|jsonl  text（默认）：协议记法；jsonl：每行一个 JSON 对象
  --relative           seq 与 ack 相对于各方的初始序号，
                       与 Wireshark 的显示方式相同
%1
--drop、--delay、--dup 和 --set 可以多次给出；这些故障加在场景自身的故障之上。
文本轨迹中每个发出的报文段后面的 [A#3] 是它的键。
不匹配任何报文段的故障会保留，但不作用于任何报文段；stderr 上的警告
（以及轨迹中的 fault-matched-nothing 通知）会说明这一点。
</translation>
    </message>
    <message>
        <source>%1: missing the scenario (an id from `tcplab-cli list`, or a file)</source>
        <translation>%1：缺少场景（`tcplab-cli list` 中的 id，或一个文件）</translation>
    </message>
    <message>
        <source>%1: expected one scenario, got %2: %3</source>
        <translation>%1：只能给一个场景，却给了 %2 个：%3</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[选项]</translation>
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
        <translation>用法：tcplab-cli worksheet ID|FILE --out PATH [选项]
模拟一个场景，写出一份可打印的课后练习单（A4 PDF）：时序图中选定的标注被挖空
（带编号，供学生填写），上方是场景标题和姓名栏；然后是本次运行的题目，选项为
A 到 D；最后单独一页是答案：每个空的值，以及每道题的正确字母和一行解释。

选项：
  --out PATH           要写入的 PDF 文件（文件名以 .pdf 结尾）
  --lang zh_CN|en      练习单和消息的语言（默认：en）
  --blank LIST         要挖空的内容，用逗号分隔：seq、ack、states、timers
                       （默认：seq,ack,states）
%1
与 `run` 一样，--drop、--delay、--dup 和 --set 可以给出多次：练习单随改变后的
过程而变。

退出状态：成功为 0；用法错误（未知场景、错误的 --blank、文件夹不存在）为 2；
文件无法写入为 1（原有文件保持不变）。
</translation>
    </message>
    <message>
        <source>worksheet: missing --out PATH (the .pdf file to write)</source>
        <translation>worksheet：缺少 --out PATH（要写入的 .pdf 文件）</translation>
    </message>
    <message>
        <source>--out &apos;%1&apos;: a worksheet is a PDF; give a name ending in .pdf</source>
        <translation>--out &apos;%1&apos;：练习单是 PDF 文件，请给出以 .pdf 结尾的文件名</translation>
    </message>
    <message>
        <source>--blank &apos;%1&apos;: expected one or more of %2, separated by commas</source>
        <translation>--blank &apos;%1&apos;：应为 %2 中的一个或多个，用逗号分隔</translation>
    </message>
    <message>
        <source>write a printable worksheet (PDF): the diagram with blanks, questions, answer key</source>
        <translation>写出可打印的练习单（PDF）：挖空的时序图、题目和答案</translation>
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
        <translation>用法：tcplab-cli layout ID|FILE [选项]
模拟一个场景，按窗口与导出绘图的方式排布它的时序图，并以 JSON 打印几何信息：主机框；
时间轴（分段：linear、break、hold；带标签的刻度）；每个箭头及其报文段 id、键（A#3）、
教科书式标签、端点和标签矩形（旋转时为四个角）；状态带、定时器括号、断裂、洪泛带和
SYN 队列条。坐标是从左上角起的像素，时间为微秒。
重复报文段多出的那份拷贝有自己的键：A#3/copy1。

选项：
  --width PX           要适配的宽度（默认 900；0：生命线相距 300 像素）
  --zoom fit|N         fit：适配 --height 的比例（默认）；N：按比例绘制时每毫秒 N 像素
  --height PX          &quot;fit&quot; 适配的高度（默认 700）
  --floods summarised|expanded  SYN 洪泛画成一条带（默认）或画出每个箭头
  --content textbook|flags|full  箭头标签的内容（默认 textbook）
  --lang zh_CN|en      图中文字（默认：en）与消息的语言
  --compact            JSON 写在一行
  --picture PATH       同时把这份排布画成 PNG 文件（用来查看布局性质测试
                       指出的情形）

场景可以像 `run` 一样修改：
%1</translation>
    </message>
    <message>
        <source>note: --%1 %2 takes the place of the %3 already on that segment (a segment takes one fault, as in the window)</source>
        <translation>注意：--%1 %2 取代了该报文段上已有的故障（%3）：与窗口中一样，一个报文段只能有一个故障</translation>
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
        <translation>用法：tcplab-cli export ID|FILE --out PATH [选项]
模拟一个场景，把它的时序图（或状态图）画成图片，或把它的报文段存为抓包文件。
格式由 PATH 的扩展名决定：.png、.svg 或 .pdf，或 .pcapng、.pcap（与 `tcplab-cli capture`
写的相同）。无需显示器。

选项：
  --out PATH           要写的文件（不与 --steps 同用）
  --lang zh_CN|en      图中文字（默认：en）与消息的语言
  --from DURATION      时间范围的起点（默认：运行开始）
  --to DURATION        时间范围的终点（默认：运行结束）
  --scale N            PNG 尺寸倍数，0.25 到 8（默认 1；幻灯片用 2）
  --dpi N              PNG 分辨率，24 到 768（96 dpi = 倍数 1）；代替 --scale
  --transparent        PNG/SVG 不带白色背景
  --pages single|a4|letter  PDF：一整张长页（默认），或在事件之间分成 A4/Letter 页，
                       每页重复主机名
  --no-legend          不画箭头样式图例
  --no-title           不画标题栏（标题与所加故障）
  --no-states          不画生命线上的状态带
  --no-timers          不画定时器括号
  --preset slides      16:9 幻灯片（PNG 为 1920x1080，PDF 为 960x540 pt 页面），在事件
                       之间切分，每张带标题与编号；PNG 与 SVG 每张一个文件：
                       slide.png -&gt; slide-01.png, ...
  --steps DIR          把范围内每一步画成一个 PNG，放进文件夹 DIR（必须已存在）：
                       step-01.png、step-02.png……每张多画一个时刻，
                       以该步的解说为图注；与 --preset slides 同用时，每一步是
                       它所在的那张 1920x1080 幻灯片，解说在图旁
  --compare shipped|VARIANT  两次运行并排，标出第一处不同：本次运行（带下面的选项）
                       对比原样的场景，或对比某个教学变体下的运行
                       （standard、two-way-handshake、no-time-wait）
  --state-diagram      画 RFC 9293 状态图，标出 --at 时刻的状态
  --at DURATION        --state-diagram 的时刻（默认：运行结束）

写 .pcapng 或 .pcap 文件时（上面的绘图选项不适用）：
%1
场景可以像 `run` 一样修改：
%2
打印写出的每个文件的路径。退出状态：成功为 0；用法错误（未知扩展名、选项值有误、
范围为空、文件夹不存在）为 2；文件无法写出为 1。
</translation>
    </message>
    <message>
        <source>--preset slides cannot be combined with --state-diagram or --compare</source>
        <translation>--preset slides 不能与 --state-diagram 或 --compare 同用</translation>
    </message>
</context>
<context>
    <name>tcplab::ComparisonChoices</name>
    <message>
        <source>Only a capture (File ▸ Open Capture…) is compared with the model.</source>
        <translation>只有抓包（文件 ▸ 打开抓包…）才能与模型比较。</translation>
    </message>
    <message>
        <source>The capture does not show the connection&apos;s opening handshake, so its initial sequence numbers and who opened it are unknown: there is no story to simulate.</source>
        <translation>抓包中没有这条连接的建立握手，因此初始序号和由谁发起都无从得知：没有可以模拟的过程。</translation>
    </message>
</context>
<context>
    <name>tcplab::ComparisonView</name>
    <message>
        <source>Go to the difference</source>
        <translation>跳到第一处不同</translation>
    </message>
    <message>
        <source>The two runs are the same from start to end.</source>
        <translation>两次运行从头到尾完全相同。</translation>
    </message>
    <message>
        <source>(this run has already ended)</source>
        <translation>（这次运行已经结束）</translation>
    </message>
    <message>
        <source>something different happens</source>
        <translation>发生的是另一件事</translation>
    </message>
    <message>
        <source>the same thing happens at another time</source>
        <translation>同一件事发生在另一个时刻</translation>
    </message>
    <message>
        <source>the same thing happens on another host</source>
        <translation>同一件事发生在另一台主机上</translation>
    </message>
    <message>
        <source>the application makes another call</source>
        <translation>应用程序做了另一次调用</translation>
    </message>
    <message>
        <source>the connection changes to another state</source>
        <translation>连接进入了另一个状态</translation>
    </message>
    <message>
        <source>the segment differs</source>
        <translation>报文段不同</translation>
    </message>
    <message>
        <source>a timer differs</source>
        <translation>定时器不同</translation>
    </message>
    <message>
        <source>the application is told something else</source>
        <translation>应用程序收到的通知不同</translation>
    </message>
    <message>
        <source>the host fails differently</source>
        <translation>主机的故障不同</translation>
    </message>
    <message>
        <source>one run has ended</source>
        <translation>一次运行已经结束</translation>
    </message>
    <message>
        <source>%1&apos;s application makes a call</source>
        <translation>%1 的应用程序进行了一次调用</translation>
    </message>
    <message>
        <source>%1 changes state</source>
        <translation>%1 改变了状态</translation>
    </message>
    <message>
        <source>%1 sends a segment</source>
        <translation>%1 发送了一个报文段</translation>
    </message>
    <message>
        <source>%1 receives a segment</source>
        <translation>%1 收到了一个报文段</translation>
    </message>
    <message>
        <source>a segment to %1 is lost</source>
        <translation>发往 %1 的报文段丢失了</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1&apos;s application is told something</source>
        <translation>%1 的应用程序收到了一个通知</translation>
    </message>
    <message>
        <source>%1 fails</source>
        <translation>%1 发生故障</translation>
    </message>
    <message>
        <source>First difference at %1: %2</source>
        <translation>第一处不同在 %1：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;left: %2&lt;br&gt;right: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;左边：%2&lt;br&gt;右边：%3</translation>
    </message>
</context>
<context>
    <name>tcplab::ConceptsBrowser</name>
    <message>
        <source>Concepts</source>
        <translation>概念</translation>
    </message>
    <message>
        <source>See it happen: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, at %3.</source>
        <translation>亲眼看看：&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;，在 %3。</translation>
    </message>
    <message>
        <source>See it happen: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, from the start.</source>
        <translation>亲眼看看：&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;，从头开始。</translation>
    </message>
    <message>
        <source>See also: %1</source>
        <translation>另见：%1</translation>
    </message>
    <message>
        <source>Opens the scenario and moves the playhead to %1.</source>
        <translation>打开该场景，并把播放头移到 %1。</translation>
    </message>
    <message>
        <source>Opens the scenario at its start.</source>
        <translation>从头打开该场景。</translation>
    </message>
    <message>
        <source>Open the scenario</source>
        <translation>打开该场景</translation>
    </message>
</context>
<context>
    <name>tcplab::ConnectionChooserDialog</name>
    <message>
        <source>Connections in %1</source>
        <translation>%1 中的连接</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Opened by (A)</source>
        <translation>发起方 (A)</translation>
    </message>
    <message>
        <source>Other end (B)</source>
        <translation>另一端 (B)</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>分组数</translation>
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
        <translation>字节数</translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation>开始 (秒)</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>持续 (秒)</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>如何结束</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), </source>
        <translation>
            <numerusform>%n 帧，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n TCP segment(s) </source>
        <translation>
            <numerusform>%n 个 TCP 报文段，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n connection(s).</source>
        <translation>
            <numerusform>分属 %n 条连接。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Connection</source>
        <translation>显示连接</translation>
    </message>
    <message>
        <source>Choose the TCP connection to show. A is the side that opened it (sent the first SYN).</source>
        <translation>选择要显示的 TCP 连接。A 是发起连接（发出第一个 SYN）的一方。</translation>
    </message>
    <message numerus="yes">
        <source>not TCP: %n packet(s)</source>
        <translation>
            <numerusform>非 TCP：%n 个分组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n truncated</source>
        <translation>
            <numerusform>%n 个被截断</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP fragment(s)</source>
        <translation>
            <numerusform>%n 个 IP 分片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with impossible TCP option lengths</source>
        <translation>
            <numerusform>%n 个的 TCP 选项长度不可能成立</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on a link type tcplab does not read (DLT %1)</source>
        <translation>
            <numerusform>%n 个属于 tcplab 不读取的链路类型 (DLT %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept with the payload cut short by the snap length</source>
        <translation>
            <numerusform>%n 个保留下来，但载荷被截取长度截短</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>the file ends inside a packet (%1)</source>
        <translation>文件在一个分组中间结束 (%1)</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>SYN only, no answer</source>
        <translation>只有 SYN，没有应答</translation>
    </message>
    <message>
        <source>refused: RST answered the SYN</source>
        <translation>被拒绝：SYN 得到的应答是 RST</translation>
    </message>
    <message>
        <source>RST</source>
        <translation>RST</translation>
    </message>
    <message>
        <source>FIN both ways</source>
        <translation>双向 FIN</translation>
    </message>
    <message>
        <source>FIN one way only</source>
        <translation>只有单向 FIN</translation>
    </message>
    <message>
        <source>open</source>
        <translation>仍打开</translation>
    </message>
    <message>
        <source>open, began before the capture</source>
        <translation>仍打开，在抓包开始前已建立</translation>
    </message>
</context>
<context>
    <name>tcplab::DiagramCentre</name>
    <message>
        <source>Your run</source>
        <translation>你的运行</translation>
    </message>
    <message>
        <source>As shipped</source>
        <translation>原始场景</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>抓包</translation>
    </message>
    <message>
        <source>Model (simulated)</source>
        <translation>模型（模拟）</translation>
    </message>
</context>
<context>
    <name>tcplab::DiagramExportActions</name>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>The diagram is on the clipboard.</source>
        <translation>图表已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>tcplab::EndpointPanel</name>
    <message>
        <source>%1 %2 (listening)</source>
        <translation>%1 %2（监听中）</translation>
    </message>
    <message>
        <source>due at %1 s</source>
        <translation>%1 秒到期</translation>
    </message>
    <message>
        <source>Connection Variables</source>
        <translation>连接变量</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>连接(&amp;C)：</translation>
    </message>
    <message>
        <source>Running timers</source>
        <translation>运行中的定时器</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>没有正在运行的定时器。</translation>
    </message>
    <message>
        <source>Relative sequence numbers (counted from the ISNs, as Wireshark shows them)</source>
        <translation>相对序号（从 ISN 算起，与 Wireshark 的显示方式相同）</translation>
    </message>
    <message>
        <source>Send queue</source>
        <translation>发送队列</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>乱序</translation>
    </message>
    <message>
        <source>initial send sequence number: this side&apos;s ISN</source>
        <translation>初始发送序号：本端的 ISN</translation>
    </message>
    <message>
        <source>initial receive sequence number: the peer&apos;s ISN</source>
        <translation>初始接收序号：对方的 ISN</translation>
    </message>
    <message>
        <source>oldest sequence number sent but not yet acknowledged</source>
        <translation>已发送但尚未被确认的最早序号</translation>
    </message>
    <message>
        <source>next sequence number to send</source>
        <translation>下一个要发送的序号</translation>
    </message>
    <message>
        <source>send window: how much the peer said it can take</source>
        <translation>发送窗口：对方声明自己还能接收多少</translation>
    </message>
    <message>
        <source>next sequence number expected from the peer: the ack this side sends</source>
        <translation>期望从对方收到的下一个序号：即本端发送的 ack</translation>
    </message>
    <message>
        <source>receive window: how much more this side can take</source>
        <translation>接收窗口：本端还能再接收多少</translation>
    </message>
    <message>
        <source>bytes the application gave to TCP that are not yet acknowledged</source>
        <translation>应用程序交给 TCP、但尚未被确认的字节</translation>
    </message>
    <message>
        <source>bytes received in order that the application has not read yet</source>
        <translation>已按序收到、但应用程序尚未读取的字节</translation>
    </message>
    <message>
        <source>bytes received ahead of a gap, held until the gap is filled</source>
        <translation>在缺口之后提前收到的字节，保留到缺口被填上为止</translation>
    </message>
    <message>
        <source>current retransmission timeout (RFC 6298)</source>
        <translation>当前的重传超时（RFC 6298）</translation>
    </message>
    <message>
        <source>Retransmission (RTO)</source>
        <translation>重传（RTO）</translation>
    </message>
    <message>
        <source>TIME-WAIT (2×MSL)</source>
        <translation>TIME-WAIT（2×MSL）</translation>
    </message>
    <message>
        <source>FIN-WAIT-2 timeout</source>
        <translation>FIN-WAIT-2 超时</translation>
    </message>
    <message>
        <source>Keepalive</source>
        <translation>保活</translation>
    </message>
    <message>
        <source>Delayed ACK</source>
        <translation>延迟 ACK</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Persist (zero window)</source>
        <translation>坚持（零窗口）</translation>
    </message>
</context>
<context>
    <name>tcplab::ExportDialog</name>
    <message>
        <source>Export Diagram</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>Writes step-01.png, step-02.png, … each showing the diagram up to one more moment, for slides.</source>
        <translation>写出 step-01.png、step-02.png……每张图比上一张多显示一个时刻，适合做幻灯片。</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>1× (as on screen)</source>
        <translation>1×（与屏幕相同）</translation>
    </message>
    <message>
        <source>2× (sharp on slides and high-DPI screens)</source>
        <translation>2×（在幻灯片和高分屏上更清晰）</translation>
    </message>
    <message>
        <source>Resolution in DPI</source>
        <translation>分辨率（DPI）</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>背景(&amp;B)：</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>One long page</source>
        <translation>一张长页面</translation>
    </message>
    <message>
        <source>A4 pages</source>
        <translation>A4 分页</translation>
    </message>
    <message>
        <source>Letter pages</source>
        <translation>Letter 分页</translation>
    </message>
    <message>
        <source>A4 and Letter split the diagram between events and repeat the host names at the top of every page.</source>
        <translation>A4 和 Letter 会在事件之间分页，并在每页顶部重复主机名。</translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation>页面(&amp;P)：</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>&amp;Whole run</source>
        <translation>整个运行过程(&amp;W)</translation>
    </message>
    <message>
        <source>What the &amp;screen shows (%1 to %2)</source>
        <translation>屏幕上显示的部分(&amp;S)（%1 至 %2）</translation>
    </message>
    <message>
        <source>What the &amp;screen shows</source>
        <translation>屏幕上显示的部分(&amp;S)</translation>
    </message>
    <message>
        <source>Be&amp;tween</source>
        <translation>介于(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. 1.5 s</source>
        <translation>例如 1.5 s</translation>
    </message>
    <message>
        <source>e.g. 2 s</source>
        <translation>例如 2 s</translation>
    </message>
    <message>
        <source>A time with its unit: 300ms, 1.5 s, 2min.</source>
        <translation>带单位的时间：300ms、1.5 s、2min。</translation>
    </message>
    <message>
        <source>and</source>
        <translation>和</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>T&amp;imers</source>
        <translation>定时器(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>图例(&amp;L)</translation>
    </message>
    <message>
        <source>The scenario&apos;s title and the faults applied, above the diagram.</source>
        <translation>在图的上方显示场景标题和所施加的故障。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Folder for the Step Images</source>
        <translation>分步图片的文件夹</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The start time &quot;%1&quot; is not a time. Write a number and a unit, e.g. 1.5 s or 300ms.</source>
        <translation>开始时间“%1”不是有效的时间。请写数字加单位，例如 1.5 s 或 300ms。</translation>
    </message>
    <message>
        <source>The end time &quot;%1&quot; is not a time. Write a number and a unit, e.g. 2 s or 800ms.</source>
        <translation>结束时间“%1”不是有效的时间。请写数字加单位，例如 2 s 或 800ms。</translation>
    </message>
    <message>
        <source>The end time (%1) must come after the start time (%2).</source>
        <translation>结束时间（%1）必须晚于开始时间（%2）。</translation>
    </message>
    <message>
        <source>Choose a folder for the step images.</source>
        <translation>请为分步图片选择一个文件夹。</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Teaching variant: %1</source>
        <translation>教学变体：%1</translation>
    </message>
    <message>
        <source>Step se&amp;ries: one PNG per step of the range, into a folder</source>
        <translation>分步系列(&amp;R)：范围内每一步一张 PNG，保存到一个文件夹</translation>
    </message>
    <message>
        <source>State b&amp;ands</source>
        <translation>状态条(&amp;A)</translation>
    </message>
    <message>
        <source>Title bloc&amp;k</source>
        <translation>标题栏(&amp;K)</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>图</translation>
    </message>
    <message>
        <source>Slides 16:9</source>
        <translation>幻灯片 16:9</translation>
    </message>
    <message>
        <source>Slides cut the run between events into 1920 × 1080 pages, each with the title and its number: one PDF page or one PNG/SVG file per slide (slide-01.png, slide-02.png, …).</source>
        <translation>幻灯片在事件之间把运行切成 1920 × 1080 的页面，每页带标题和页码：每张幻灯片是 PDF 的一页，或一个 PNG/SVG 文件（slide-01.png、slide-02.png……）。</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>版式(&amp;L)：</translation>
    </message>
    <message>
        <source>Both runs si&amp;de by side, the first difference marked</source>
        <translation>两次运行并排(&amp;D)，并标出第一处不同</translation>
    </message>
    <message>
        <source>The two runs of the comparison on screen in one picture.</source>
        <translation>把屏幕上对比的两次运行画在一张图里。</translation>
    </message>
    <message>
        <source>With &amp;captions: the narration of each step with its picture</source>
        <translation>附带字幕(&amp;C)：每张图配上该步的解说</translation>
    </message>
</context>
<context>
    <name>tcplab::FaultListPanel</name>
    <message>
        <source>Right-click a segment in the diagram to drop, delay or duplicate it.</source>
        <translation>在图中右键单击报文段，可以丢弃、延迟或重复它。</translation>
    </message>
    <message>
        <source>Remove Fault</source>
        <translation>移除故障</translation>
    </message>
</context>
<context>
    <name>tcplab::MainWindow</name>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The scenario has changes (faults, settings or actions) that are not saved.
Do you want to save them?</source>
        <translation>场景有尚未保存的修改（故障、设置或动作）。
要保存吗？</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s), %1 events, simulated in %2 ms</source>
        <translation>
            <numerusform>%n 个报文段，%1 个事件，模拟用时 %2 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment %1: %2 (right-click to drop, delay or duplicate it)</source>
        <translation>报文段 %1：%2（右键单击可丢弃、延迟或重复）</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>暂停（空格键）</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>播放（空格键）</translation>
    </message>
    <message>
        <source>%1[*] — TCP Connection Lab</source>
        <translation>%1[*] — TCP 连接实验室</translation>
    </message>
    <message>
        <source>About TCP Connection Lab</source>
        <translation>关于 TCP 连接实验室</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TCP Connection Lab %1&lt;/h3&gt;&lt;p&gt;Watch TCP open and close connections, step by step, as RFC 9293 describes. Drop, delay or duplicate any segment and see how both ends react.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TCP 连接实验室 %1&lt;/h3&gt;&lt;p&gt;按照 RFC 9293 的描述，一步一步观察 TCP 如何建立和关闭连接。丢弃、延迟或重复任意报文段，看看两端如何应对。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Reset Scenario</source>
        <translation>重置场景</translation>
    </message>
    <message>
        <source>Remove all your faults, settings and actions: back to the file&apos;s version</source>
        <translation>移除你添加的所有故障、设置和动作：回到文件中的版本</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Draw what has not happened yet at the playhead in pale colours</source>
        <translation>用浅色画出播放头之后尚未发生的内容</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>后退一步(&amp;B)</translation>
    </message>
    <message>
        <source>Previous event (Left)</source>
        <translation>上一个事件（左方向键）</translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation>前进一步(&amp;F)</translation>
    </message>
    <message>
        <source>Next event (Right)</source>
        <translation>下一个事件（右方向键）</translation>
    </message>
    <message>
        <source>To &amp;Start</source>
        <translation>回到开头(&amp;S)</translation>
    </message>
    <message>
        <source>Jump to the start (Home)</source>
        <translation>跳到开头（Home）</translation>
    </message>
    <message>
        <source>To &amp;End</source>
        <translation>跳到结尾(&amp;E)</translation>
    </message>
    <message>
        <source>Jump to the end (End)</source>
        <translation>跳到结尾（End）</translation>
    </message>
    <message>
        <source>&amp;Quiet Stretches Pass Quickly</source>
        <translation>快速跳过空闲时段(&amp;Q)</translation>
    </message>
    <message>
        <source>When nothing happens for a while, jump ahead to just before the next event</source>
        <translation>一段时间内没有事件发生时，直接跳到下一个事件之前</translation>
    </message>
    <message>
        <source>&amp;About TCP Connection Lab</source>
        <translation>关于 TCP 连接实验室(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels and Toolbars</source>
        <translation>面板和工具栏(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Faults in Force</source>
        <translation>生效的故障</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>State Diagram</source>
        <translation>状态图</translation>
    </message>
    <message>
        <source>What Happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>报文段</translation>
    </message>
    <message>
        <source>Connection Variables</source>
        <translation>连接变量</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the sequence diagram as a PNG, SVG or PDF file</source>
        <translation>把时序图保存为 PNG、SVG 或 PDF 文件</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>概念</translation>
    </message>
    <message>
        <source>&amp;Copy Diagram as Image</source>
        <translation>将图表复制为图片(&amp;C)</translation>
    </message>
    <message>
        <source>Put the whole sequence diagram on the clipboard as a picture</source>
        <translation>把整张时序图作为图片放到剪贴板上</translation>
    </message>
    <message>
        <source>Show the F&amp;uture Faintly</source>
        <translation>淡色显示未来(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;No Comparison</source>
        <translation>不比较(&amp;N)</translation>
    </message>
    <message>
        <source>With the Scenario as &amp;Shipped</source>
        <translation>与原始场景比较(&amp;S)</translation>
    </message>
    <message>
        <source>Your run beside the scenario without your faults and changes</source>
        <translation>把你的运行与不含你的故障和修改的原始场景并排显示</translation>
    </message>
    <message>
        <source>With the Teaching &amp;Variant</source>
        <translation>与教学变体比较(&amp;V)</translation>
    </message>
    <message>
        <source>The real rule beside the variant that leaves it out, with the first difference named</source>
        <translation>把真实规则与去掉该规则的变体并排显示，并指出第一处不同</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>With the &amp;Real Rule (RFC 9293)</source>
        <translation>与&amp;真实规则（RFC 9293）对比</translation>
    </message>
    <message>
        <source>This run beside the same story under the standard rules</source>
        <translation>把这次运行与按标准规则进行的同一情节并排对比</translation>
    </message>
    <message>
        <source>With a &amp;Two-Way Handshake</source>
        <translation>与&amp;两次握手对比</translation>
    </message>
    <message>
        <source>This run beside the same story if the server opened on the SYN alone</source>
        <translation>把这次运行与“服务器仅凭 SYN 就建立连接”时的同一情节并排对比</translation>
    </message>
    <message>
        <source>Without &amp;TIME-WAIT</source>
        <translation>与没有 &amp;TIME-WAIT 的情况对比</translation>
    </message>
    <message>
        <source>This run beside the same story if the active closer skipped TIME-WAIT</source>
        <translation>把这次运行与“主动关闭方跳过 TIME-WAIT”时的同一情节并排对比</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every key of the window and the command it gives</source>
        <translation>窗口的每个快捷键及其对应的命令</translation>
    </message>
    <message>
        <source>Scenario &amp;File Format</source>
        <translation>场景文件格式(&amp;F)</translation>
    </message>
    <message>
        <source>How to write a scenario file of your own</source>
        <translation>如何编写你自己的场景文件</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>这是什么(&amp;T)？</translation>
    </message>
    <message>
        <source>Then click any panel to read what it shows</source>
        <translation>然后点击任意面板，阅读它显示的内容</translation>
    </message>
    <message>
        <source>P&amp;resent</source>
        <translation>演示(&amp;R)</translation>
    </message>
    <message>
        <source>Full screen for a projector: only the diagram and a large caption of what happens</source>
        <translation>为投影仪全屏显示：只留时序图和一行大字说明正在发生什么</translation>
    </message>
    <message>
        <source>Lea&amp;ve Presenter Mode</source>
        <translation>退出演示模式(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Blank the Screen</source>
        <translation>黑屏(&amp;B)</translation>
    </message>
    <message>
        <source>Black out the projection; B again or a step key brings it back</source>
        <translation>让投影变黑；再按 B 或任一步进键恢复画面</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>Larger labels, caption and state diagram in presenter mode</source>
        <translation>在演示模式中放大标签、字幕和状态图的文字</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>Smaller labels, caption and state diagram in presenter mode</source>
        <translation>在演示模式中缩小标签、字幕和状态图的文字</translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation>默认文字大小(&amp;D)</translation>
    </message>
    <message>
        <source>The text size presenter mode starts with</source>
        <translation>演示模式开始时的文字大小</translation>
    </message>
    <message>
        <source>Pause at Each &amp;Arrival</source>
        <translation>每个报文段到达时暂停(&amp;A)</translation>
    </message>
    <message>
        <source>Stop playing whenever a segment arrives, so the class can predict what comes next</source>
        <translation>每当有报文段到达就停止播放，让全班先预测接下来会发生什么</translation>
    </message>
    <message>
        <source>Open &amp;Capture…</source>
        <translation>打开抓包(&amp;C)…</translation>
    </message>
    <message>
        <source>Read a pcap or pcapng file (Wireshark, tcpdump) and show one of its TCP connections</source>
        <translation>读取 pcap 或 pcapng 文件（Wireshark、tcpdump），显示其中一条 TCP 连接</translation>
    </message>
    <message>
        <source>Export Ca&amp;pture…</source>
        <translation>导出抓包(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the run&apos;s segments as a pcapng or pcap file for Wireshark</source>
        <translation>把本次运行的报文段保存为 Wireshark 可读的 pcapng 或 pcap 文件</translation>
    </message>
    <message>
        <source>With the &amp;Model</source>
        <translation>与模型比较(&amp;M)</translation>
    </message>
    <message>
        <source>The capture beside the simulator&apos;s run of the same story: the same ports, numbers, delay and application calls</source>
        <translation>把抓包与模拟器对同一过程的运行并排显示：相同的端口、序号、时延和应用程序调用</translation>
    </message>
    <message>
        <source>Segment %1: %2 (frame %3 of the capture)</source>
        <translation>报文段 %1：%2（抓包中的第 %3 帧）</translation>
    </message>
    <message>
        <source>%1 — capture of %2 ↔ %3</source>
        <translation>%1 — %2 ↔ %3 的抓包</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s), %1 events, read from the capture</source>
        <translation>
            <numerusform>%n 个报文段，%1 个事件，读自抓包</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;redict</source>
        <translation>预测(&amp;R)</translation>
    </message>
    <message>
        <source>Stop before each moment worth predicting, with the future hidden, and ask what happens next</source>
        <translation>在每个值得预测的时刻之前停下，隐藏未来，并提问接下来会发生什么</translation>
    </message>
    <message>
        <source>Task done!</source>
        <translation>任务完成！</translation>
    </message>
    <message>
        <source>&amp;Next Lesson</source>
        <translation>下一课(&amp;N)</translation>
    </message>
    <message>
        <source>Open the next built-in lesson</source>
        <translation>打开下一节内置课程</translation>
    </message>
    <message>
        <source>Reset &amp;Progress…</source>
        <translation>重置学习进度(&amp;P)…</translation>
    </message>
    <message>
        <source>Forget which lessons you visited, which questions you answered and which tasks you did</source>
        <translation>清除你看过哪些课程、答过哪些题目、完成过哪些任务的记录</translation>
    </message>
    <message>
        <source>Reset Progress</source>
        <translation>重置学习进度</translation>
    </message>
    <message>
        <source>Forget which lessons you visited, which questions you answered and which tasks you did? This cannot be undone.</source>
        <translation>清除你看过哪些课程、答过哪些题目、完成过哪些任务的记录吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Export &amp;Worksheet…</source>
        <translation>导出练习单(&amp;W)…</translation>
    </message>
    <message>
        <source>Save a printable worksheet (PDF): the diagram with blanks to fill in, questions and an answer key</source>
        <translation>保存可打印的练习单（PDF）：带填空的时序图、题目和答案</translation>
    </message>
    <message>
        <source>Simulation cancelled</source>
        <translation>模拟已取消</translation>
    </message>
    <message>
        <source>Settings could not be saved to %1 (the disk may be full or the folder not writable); the program goes on with them in memory.</source>
        <translation>设置无法保存到 %1（磁盘可能已满，或文件夹不可写）；程序继续使用内存中的设置。</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>正在模拟…</translation>
    </message>
    <message numerus="yes">
        <source>Previous run shown: %n segment(s), %1 events</source>
        <translation>
            <numerusform>显示的是上一次运行：%n 个报文段，%1 个事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tcplab::NarrationPanel</name>
    <message>
        <source>What Happened and Why</source>
        <translation>发生了什么，为什么</translation>
    </message>
    <message>
        <source>%1 · Note: %2</source>
        <translation>%1 · 注：%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · Note (written for the scenario as shipped): %2</source>
        <translation>%1 · 注（为原始场景所写）：%2</translation>
    </message>
    <message numerus="yes">
        <source>In the original story (%n note(s))</source>
        <extracomment>Heading of the scenario&apos;s notes whose event the learner&apos;s change took away.</extracomment>
        <translation>
            <numerusform>原来的情节中（%n 条注）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tcplab::PlaybackBar</name>
    <message>
        <source>Playback</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Timeline: drag to move from event to event</source>
        <translation>时间轴：拖动可在事件之间移动</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <source>Playback speed: virtual time per second of real time</source>
        <translation>播放速度：每秒真实时间对应的虚拟时间</translation>
    </message>
    <message>
        <source>Playhead time / end of the run</source>
        <translation>播放头时刻 / 运行结束时刻</translation>
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
        <translation>预测</translation>
    </message>
    <message>
        <source>Predict, then see</source>
        <translation>先预测，再观看</translation>
    </message>
    <message>
        <source>Turn on Playback ▸ Predict: the run then stops before each moment worth predicting, with the future hidden, and asks what happens next.</source>
        <translation>打开“播放 ▸ 预测”：运行会在每个值得预测的时刻之前停下，隐藏未来，并提问接下来会发生什么。</translation>
    </message>
    <message>
        <source>Play or step: the run stops before the next moment to predict.</source>
        <translation>播放或单步：运行会在下一个要预测的时刻之前停下。</translation>
    </message>
    <message>
        <source>No question is left after the playhead in this run. Go back to the start or change the story to be asked again.</source>
        <translation>本次运行在播放头之后已没有问题。回到开头或改变情节，即可再次作答。</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <source>Right: %1.</source>
        <translation>答对了：%1。</translation>
    </message>
    <message>
        <source>Not %1: the run shows %2.</source>
        <translation>不是 %1：运行结果是 %2。</translation>
    </message>
    <message>
        <source>The mistake behind “%1”: %2</source>
        <translation>“%1”背后的误解：%2</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>tcplab::PresenterMode</name>
    <message>
        <source>Esc leaves presenter mode · B blanks the screen · Ctrl+= and Ctrl+- change the text size</source>
        <translation>按 Esc 退出演示模式 · 按 B 黑屏 · 按 Ctrl+= 和 Ctrl+- 调整文字大小</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>文字大小 %1%</translation>
    </message>
</context>
<context>
    <name>tcplab::ProblemListDialog</name>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the message and every problem as plain text</source>
        <translation>把这条消息和每个问题复制为纯文本</translation>
    </message>
</context>
<context>
    <name>tcplab::ProgressActions</name>
    <message>
        <source>Open the next lesson: %1</source>
        <translation>打开下一课：%1</translation>
    </message>
    <message>
        <source>Next Lesson follows the built-in lessons; a scenario file or a capture is open now</source>
        <translation>“下一课”按内置课程的顺序进行；现在打开的是场景文件或抓包文件</translation>
    </message>
    <message>
        <source>This is the last lesson</source>
        <translation>这已是最后一课</translation>
    </message>
</context>
<context>
    <name>tcplab::ProgressStore</name>
    <message>
        <source>It is not a regular file.</source>
        <translation>它不是普通文件。</translation>
    </message>
    <message>
        <source>It is far too large (%1 bytes) to be a progress file.</source>
        <translation>它太大了（%1 字节），不可能是进度文件。</translation>
    </message>
    <message>
        <source>It cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>It is not valid JSON: %1</source>
        <translation>它不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>It is not a progress file this version of TCP Connection Lab understands: %1</source>
        <translation>它不是此版本 TCP 连接实验室能识别的进度文件：%1</translation>
    </message>
    <message>
        <source>Progress Could Not Be Read</source>
        <translation>无法读取学习进度</translation>
    </message>
    <message>
        <source>Your progress file %1 could not be used. %2

It could not be moved aside either, so it is left as it is and your progress in this session will not be saved.</source>
        <translation>无法使用你的进度文件 %1。%2

它也无法被移到一旁，因此保持原样，本次运行中的学习进度不会被保存。</translation>
    </message>
    <message>
        <source>Your progress file %1 could not be used. %2

Your progress starts empty. The old file was kept as:
%3</source>
        <translation>无法使用你的进度文件 %1。%2

学习进度将从空白开始。旧文件已保留为：
%3</translation>
    </message>
    <message>
        <source>Progress Not Saved</source>
        <translation>学习进度未保存</translation>
    </message>
    <message>
        <source>Your progress could not be saved to %1: %2

Nothing is lost: it is kept while the program runs and saved again with your next step.</source>
        <translation>无法把学习进度保存到 %1：%2

没有任何丢失：进度在程序运行期间一直保留，并会在你的下一步操作时再次保存。</translation>
    </message>
</context>
<context>
    <name>tcplab::Questions</name>
    <message>
        <source>This run has no questions.</source>
        <translation>这次运行没有可提的问题。</translation>
    </message>
    <message>
        <source>“ack = seq + 1” holds only for a segment that carries SYN or FIN and no data. A data segment is acknowledged with seq + len: the next byte expected.</source>
        <translation>“ack = seq + 1”只适用于携带 SYN 或 FIN 且不带数据的报文段。数据报文段的确认号是 seq + len，即期望收到的下一个字节。</translation>
    </message>
    <message>
        <source>The acknowledgment number names the next byte expected, not the last byte received: seq + len, not seq + len − 1.</source>
        <translation>确认号指的是期望收到的下一个字节，而不是已收到的最后一个字节：是 seq + len，不是 seq + len − 1。</translation>
    </message>
    <message>
        <source>The acknowledgment number does not repeat the sequence number it answers; it is the next byte expected, beyond everything the segment occupied.</source>
        <translation>确认号并不是照抄所应答报文段的序号；它是期望收到的下一个字节，位于该报文段占用的全部序号之后。</translation>
    </message>
    <message>
        <source>SYN and FIN each take one sequence number although they carry no data byte (RFC 9293 §3.4), so the answer to seq=x is ack=x+1.</source>
        <translation>SYN 和 FIN 虽然不携带数据字节，却各占用一个序号（RFC 9293 §3.4），所以对 seq=x 的应答是 ack=x+1。</translation>
    </message>
    <message>
        <source>Each direction has its own sequence numbers, starting at its sender&apos;s initial sequence number: seq counts one&apos;s own bytes, ack counts the peer&apos;s.</source>
        <translation>每个方向有自己的序号，从该方向发送方的初始序号开始：seq 计的是自己发送的字节，ack 计的是对方的字节。</translation>
    </message>
    <message>
        <source>Initial sequence numbers are chosen per connection (RFC 9293 §3.4.1), not zero; each side announces its own in its SYN.</source>
        <translation>初始序号（ISN）按连接选取（RFC 9293 §3.4.1），并不是 0；双方各自在自己的 SYN 中宣告。</translation>
    </message>
    <message>
        <source>Two segments are not enough to open a connection: the server waits in SYN-RECEIVED for the third segment, which lets the client refuse a connection opened by an old duplicate SYN and proves both initial sequence numbers arrived.</source>
        <translation>两个报文段不足以建立连接：服务器在 SYN-RECEIVED 中等待第三个报文段，它让客户端能够拒绝由旧的重复 SYN 打开的连接，并证明双方的初始序号都已送达。</translation>
    </message>
    <message>
        <source>A close need not take four separate segments: when the application closes before the delayed ACK is due, the ACK rides on the FIN (FIN,ACK), and one segment can both acknowledge a FIN and carry one.</source>
        <translation>关闭不一定要四个独立的报文段：如果应用在延迟 ACK 到期之前就关闭，ACK 会搭载在 FIN 上（FIN,ACK），一个报文段既确认对方的 FIN 又携带自己的 FIN。</translation>
    </message>
    <message>
        <source>The passive closer acknowledges a FIN at once but sends its own FIN only when its application calls close(); until then it is in CLOSE-WAIT and may still send data.</source>
        <translation>被动关闭方会立即确认 FIN，但要等自己的应用调用 close() 才发送自己的 FIN；在此之前它处于 CLOSE-WAIT，仍可发送数据。</translation>
    </message>
    <message>
        <source>A FIN means “I will send no more”, not “I will receive no more”: it closes one direction, and the other stays open until its own FIN.</source>
        <translation>FIN 的意思是“我不再发送”，而不是“我不再接收”：它只关闭一个方向，另一个方向要等它自己的 FIN 才关闭。</translation>
    </message>
    <message>
        <source>The ACK of one&apos;s FIN closes only one&apos;s own direction; in FIN-WAIT-2 the host still waits for the peer&apos;s FIN.</source>
        <translation>自己的 FIN 被确认只关闭了自己这个方向；在 FIN-WAIT-2 中主机仍在等待对方的 FIN。</translation>
    </message>
    <message>
        <source>Whoever sends the first FIN (client or server) is the active closer: it passes FIN-WAIT-1 and FIN-WAIT-2 and holds TIME-WAIT. The side that closes second passes CLOSE-WAIT and LAST-ACK and ends in CLOSED.</source>
        <translation>先发送 FIN 的一方（无论客户端还是服务器）是主动关闭方：它经过 FIN-WAIT-1 和 FIN-WAIT-2，并进入 TIME-WAIT。后关闭的一方经过 CLOSE-WAIT 和 LAST-ACK，最后到 CLOSED。</translation>
    </message>
    <message>
        <source>The active closer does not close at once: it waits 2×MSL in TIME-WAIT to acknowledge a retransmitted FIN again and to let old duplicates of the connection die out.</source>
        <translation>主动关闭方不会立即关闭：它在 TIME-WAIT 中等待 2×MSL，以便再次确认重传的 FIN，并让这条连接的旧重复报文段在网络中消失。</translation>
    </message>
    <message>
        <source>CLOSING is for a simultaneous close: the peer&apos;s FIN arrived before the ACK of one&apos;s own. A FIN that also acknowledges one&apos;s FIN leads straight to TIME-WAIT.</source>
        <translation>CLOSING 属于同时关闭：对方的 FIN 在自己的 FIN 被确认之前到达。一个同时确认了自己 FIN 的 FIN 会直接进入 TIME-WAIT。</translation>
    </message>
    <message>
        <source>TIME-WAIT lasts 2 × MSL, the maximum segment lifetime, not 2 × the round-trip time: it must outlast any old segment still in the network.</source>
        <translation>TIME-WAIT 持续 2 × MSL（最大报文段生存时间），而不是 2 × 往返时间：它必须比网络中任何旧报文段活得更久。</translation>
    </message>
    <message>
        <source>TIME-WAIT is not 2 minutes everywhere: it is 2 × MSL, and implementations choose the MSL (Linux keeps TIME-WAIT a fixed 60 s).</source>
        <translation>TIME-WAIT 并非处处都是 2 分钟：它是 2 × MSL，MSL 由实现选定（Linux 的 TIME-WAIT 固定为 60 秒）。</translation>
    </message>
    <message>
        <source>TIME-WAIT lasts twice the MSL: long enough for a lost last ACK to draw a retransmitted FIN, and for segments in both directions to die out.</source>
        <translation>TIME-WAIT 持续两倍 MSL：足够让丢失的最后一个 ACK 引来重传的 FIN，也足够让两个方向上的报文段都消失。</translation>
    </message>
    <message>
        <source>One lost SYN does not make connect() fail: the SYN is retransmitted a fixed number of times (Linux: 6) with growing gaps before connect() gives up.</source>
        <translation>丢失一个 SYN 不会让 connect() 失败：SYN 会以逐渐增大的间隔重传固定次数（Linux：6 次），之后 connect() 才放弃。</translation>
    </message>
    <message>
        <source>After each timeout the retransmission timer is doubled (RFC 6298 §5.5), so retries come ever further apart.</source>
        <translation>每次超时后重传计时器加倍（RFC 6298 §5.5），所以重传之间的间隔越来越长。</translation>
    </message>
    <message>
        <source>Keepalive probes repeat every 75 seconds on Linux, not every 75 minutes; the long wait (2 hours) is only the idle time before the first probe.</source>
        <translation>在 Linux 上保活探测每 75 秒重复一次，而不是每 75 分钟；漫长的等待（2 小时）只是第一次探测之前的空闲时间。</translation>
    </message>
    <message>
        <source>Only the first probe waits for the idle time; unanswered probes are repeated at the much shorter probe interval.</source>
        <translation>只有第一次探测要等待空闲时间；没有应答的探测按短得多的探测间隔重复。</translation>
    </message>
    <message>
        <source>A RST is never answered, neither with an ACK nor with a RST: it ends the connection at once, with no TIME-WAIT.</source>
        <translation>RST 从不被应答，既不回 ACK 也不回 RST：它立即结束连接，不经过 TIME-WAIT。</translation>
    </message>
    <message>
        <source>A host does answer a segment for a connection it does not have: with a RST (to a SYN, RST,ACK: connection refused). Only a firewall makes a closed port silent.</source>
        <translation>主机确实会应答一个不属于任何连接的报文段：回 RST（对 SYN 回 RST,ACK：连接被拒绝）。只有防火墙才会让关闭的端口保持沉默。</translation>
    </message>
    <message>
        <source>A host with no record of the connection and no listener cannot go along with it: it answers with RST (RFC 9293 §3.10.7.1).</source>
        <translation>主机既没有这条连接的记录，也没有监听者，就不能接受它：它用 RST 应答（RFC 9293 §3.10.7.1）。</translation>
    </message>
    <message>
        <source>The side in TIME-WAIT still answers a retransmitted FIN with an ACK and restarts its 2MSL timer: that is why TIME-WAIT exists.</source>
        <translation>处于 TIME-WAIT 的一方仍会用 ACK 应答重传的 FIN，并重新启动 2MSL 计时器：这正是 TIME-WAIT 存在的原因。</translation>
    </message>
    <message>
        <source>No further timeout: connect() fails now</source>
        <translation>不再超时：connect() 现在就失败</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Nothing: no answer at all</source>
        <translation>什么也不发：完全不应答</translation>
    </message>
    <message>
        <source>An ACK</source>
        <translation>一个 ACK</translation>
    </message>
    <message>
        <source>A RST</source>
        <translation>一个 RST</translation>
    </message>
    <message>
        <source>A SYN,ACK</source>
        <translation>一个 SYN,ACK</translation>
    </message>
    <message>
        <source>The FIN closes only the peer&apos;s direction: the receiver acknowledges it and stays in CLOSE-WAIT, free to send, until its own application closes.</source>
        <translation>FIN 只关闭对方的方向：接收方确认它并停留在 CLOSE-WAIT，仍可发送数据，直到自己的应用关闭。</translation>
    </message>
    <message>
        <source>The ACK of its FIN closes only its own direction; it waits in FIN-WAIT-2 for the peer&apos;s FIN.</source>
        <translation>自己的 FIN 被确认只关闭了自己的方向；它在 FIN-WAIT-2 中等待对方的 FIN。</translation>
    </message>
    <message>
        <source>One segment both acknowledged its FIN and carried the peer&apos;s FIN, so it goes straight to TIME-WAIT.</source>
        <translation>一个报文段既确认了它的 FIN 又携带了对方的 FIN，所以它直接进入 TIME-WAIT。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived before the ACK of its own: a simultaneous close. It waits in CLOSING for that ACK.</source>
        <translation>对方的 FIN 在自己的 FIN 被确认之前到达：这是同时关闭。它在 CLOSING 中等待那个 ACK。</translation>
    </message>
    <message>
        <source>Both directions are closed now. The active closer acknowledges the FIN and waits 2×MSL in TIME-WAIT.</source>
        <translation>现在两个方向都已关闭。主动关闭方确认这个 FIN，并在 TIME-WAIT 中等待 2×MSL。</translation>
    </message>
    <message>
        <source>The side that closes second sends its FIN and waits in LAST-ACK for the acknowledgment.</source>
        <translation>后关闭的一方发送自己的 FIN，并在 LAST-ACK 中等待对它的确认。</translation>
    </message>
    <message>
        <source>The ACK of its FIN ends the passive closer&apos;s part: it goes to CLOSED, with no TIME-WAIT.</source>
        <translation>自己的 FIN 被确认后，被动关闭方的任务就结束了：它进入 CLOSED，不经过 TIME-WAIT。</translation>
    </message>
    <message>
        <source>In a simultaneous close both sides sent the first FIN, so both hold TIME-WAIT once their FIN is acknowledged.</source>
        <translation>同时关闭时双方都发送了“第一个” FIN，所以各自的 FIN 被确认后双方都进入 TIME-WAIT。</translation>
    </message>
    <message>
        <source>%1 has just received %2. Which segment does %1 send next?</source>
        <translation>%1 刚收到 %2。%1 接下来发送哪个报文段？</translation>
    </message>
    <message>
        <source>The server answers a SYN with its own SYN and the ACK of the client&apos;s in one segment: seq is its own initial sequence number, ack the client&apos;s ISN + 1.</source>
        <translation>服务器用一个报文段同时发送自己的 SYN 并确认客户端的 SYN：seq 是它自己的初始序号，ack 是客户端的 ISN + 1。</translation>
    </message>
    <message>
        <source>Its application closed before the delayed ACK was due, so the ACK of the FIN rides on its own FIN: one FIN,ACK instead of two segments.</source>
        <translation>它的应用在延迟 ACK 到期之前就关闭了，所以对 FIN 的 ACK 搭载在自己的 FIN 上：一个 FIN,ACK 代替了两个报文段。</translation>
    </message>
    <message>
        <source>The FIN is acknowledged at once (ack = its seq + 1), but the receiver&apos;s own FIN waits until its application closes.</source>
        <translation>FIN 被立即确认（ack = 它的 seq + 1），但接收方自己的 FIN 要等到它的应用关闭时才发送。</translation>
    </message>
    <message>
        <source>%1 has just received %2. Which acknowledgment number does %1 send back?</source>
        <translation>%1 刚收到 %2。%1 回送的确认号是多少？</translation>
    </message>
    <message>
        <source>The acknowledgment number is the next byte expected: seq + len for data (plus one if the segment also carries SYN or FIN).</source>
        <translation>确认号是期望收到的下一个字节：数据报文段为 seq + len（若同时携带 SYN 或 FIN 再加一）。</translation>
    </message>
    <message>
        <source>A SYN or FIN takes one sequence number, so the answer to seq=x is ack=x+1.</source>
        <translation>SYN 或 FIN 占用一个序号，所以对 seq=x 的应答是 ack=x+1。</translation>
    </message>
    <message>
        <source>%1 is in %2 and its application calls close(). Which state does %1 move to?</source>
        <translation>%1 处于 %2，它的应用调用了 close()。%1 进入哪个状态？</translation>
    </message>
    <message>
        <source>%1 is in %2 and receives %3. Which state does %1 move to?</source>
        <translation>%1 处于 %2，收到了 %3。%1 进入哪个状态？</translation>
    </message>
    <message>
        <source>%1 has just entered TIME-WAIT. How long does its 2MSL timer run?</source>
        <translation>%1 刚进入 TIME-WAIT。它的 2MSL 计时器运行多长时间？</translation>
    </message>
    <message>
        <source>TIME-WAIT lasts twice the maximum segment lifetime (MSL) of this host&apos;s settings: long enough to acknowledge a retransmitted FIN and for old duplicates to die out.</source>
        <translation>TIME-WAIT 持续本主机设置中最大报文段生存时间（MSL）的两倍：足以再次确认重传的 FIN，并让旧的重复报文段消失。</translation>
    </message>
    <message>
        <source>%1&apos;s SYN got no answer: its retransmission timer ran out after %2 s and %1 sent the SYN again. How long does the timer run now?</source>
        <translation>%1 的 SYN 没有得到应答：它的重传计时器在 %2 秒后到期，%1 重发了 SYN。现在计时器运行多长时间？</translation>
    </message>
    <message>
        <source>Each timeout is followed by a retry with a longer timer (doubled, RFC 6298 §5.5, unless a linear start or the cap applies), a fixed number of times.</source>
        <translation>每次超时后都会以更长的计时器重试（加倍，RFC 6298 §5.5，除非采用线性起步或已达上限），重试次数是固定的。</translation>
    </message>
    <message>
        <source>After %2 s of silence %1 has sent its first keepalive probe. If no answer comes, how long until the next probe?</source>
        <translation>沉默了 %2 秒后，%1 发出了第一个保活探测。如果没有应答，多久之后发下一个探测？</translation>
    </message>
    <message>
        <source>Unanswered probes are repeated at the keepalive interval (Linux: 75 s, 9 probes) until the peer answers or the connection is given up.</source>
        <translation>没有应答的探测按保活间隔重复（Linux：75 秒，9 次），直到对方应答或放弃连接。</translation>
    </message>
    <message>
        <source>%1 receives %2. How does %1 answer it?</source>
        <translation>%1 收到 %2。%1 如何应答？</translation>
    </message>
    <message>
        <source>A RST is never answered: if its sequence number is acceptable it ends the connection at once, otherwise it is ignored (RFC 9293 §3.10.7.4).</source>
        <translation>RST 从不被应答：如果它的序号可以接受，它立即结束连接，否则被忽略（RFC 9293 §3.10.7.4）。</translation>
    </message>
    <message>
        <source>No connection has these addresses and nobody listens on the port, so the host answers with RST (RFC 9293 §3.10.7.1).</source>
        <translation>没有连接使用这组地址，这个端口上也没有人监听，所以主机用 RST 应答（RFC 9293 §3.10.7.1）。</translation>
    </message>
    <message>
        <source>The FIN came again because the last ACK was lost; the host is still in TIME-WAIT, so it acknowledges the FIN again and restarts its 2MSL timer.</source>
        <translation>因为最后一个 ACK 丢失，FIN 又来了；主机仍处于 TIME-WAIT，所以它再次确认这个 FIN，并重新启动 2MSL 计时器。</translation>
    </message>
    <message>
        <source>Here the timeout did not double: the first SYN retries come at a fixed gap (Linux tcp_syn_linear_timeouts), or the timeout has reached its cap.</source>
        <translation>这里超时没有加倍：最初几次 SYN 重传采用固定间隔（Linux tcp_syn_linear_timeouts），或者超时已达到上限。</translation>
    </message>
</context>
<context>
    <name>tcplab::RecentFilesMenu</name>
    <message>
        <source>No recent files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
</context>
<context>
    <name>tcplab::RunStatusBanner</name>
    <message>
        <source>Simulating a long run. The diagram shows the previous run until this one is done.</source>
        <translation>正在模拟一次很长的运行。完成之前，图中显示的仍是上一次运行。</translation>
    </message>
    <message>
        <source>Simulation cancelled. The diagram still shows the previous run; your edits are kept.</source>
        <translation>模拟已取消。图中仍显示上一次运行；你的修改都保留着。</translation>
    </message>
    <message>
        <source>This run was not started: it would pass the limit of %1 events a run may have.</source>
        <translation>这次运行没有开始：它会超过一次运行最多允许的 %1 个事件。</translation>
    </message>
    <message>
        <source>The run stopped at the limit of %1 events (at %2 s): the diagram shows only the part it reached. Shorten the run (duration_s in the scenario file) or make it smaller (fewer SYNs in a flood, less data in a send).</source>
        <translation>运行在达到 %1 个事件的上限时停止（在 %2 秒处）：图中只显示它走到的部分。请缩短运行（场景文件中的 duration_s），或减小规模（洪泛中更少的 SYN、一次发送中更少的数据）。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Run Again</source>
        <translation>重新运行</translation>
    </message>
</context>
<context>
    <name>tcplab::ScenarioBrowser</name>
    <message>
        <source>Opening: the three-way handshake</source>
        <translation>建立连接：三次握手</translation>
    </message>
    <message>
        <source>Data and acknowledgements</source>
        <translation>数据与确认</translation>
    </message>
    <message>
        <source>Closing: FIN, half-close</source>
        <translation>关闭连接：FIN 与半关闭</translation>
    </message>
    <message>
        <source>TIME-WAIT</source>
        <translation>TIME-WAIT</translation>
    </message>
    <message>
        <source>Failures: loss, crashes, resets</source>
        <translation>故障：丢包、崩溃、重置</translation>
    </message>
    <message>
        <source>Double-click a scenario to open it.</source>
        <translation>双击场景即可打开。</translation>
    </message>
    <message>
        <source>Double-click to open.</source>
        <translation>双击打开。</translation>
    </message>
    <message>
        <source>Not visited yet</source>
        <translation>尚未学习</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已学习</translation>
    </message>
    <message>
        <source>questions: %1/%2 answered, %3 right first time</source>
        <translation>题目：已答 %1/%2，首次答对 %3</translation>
    </message>
    <message>
        <source>challenges: %1/%2 done</source>
        <translation>任务：已完成 %1/%2</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesson(s) visited</source>
        <translation>
            <numerusform>%n 课中已学习 %1 课</numerusform>
        </translation>
    </message>
    <message>
        <source>Attacks and defences: SYN flood, forged RSTs</source>
        <translation>攻击与防御：SYN 洪泛、伪造 RST</translation>
    </message>
</context>
<context>
    <name>tcplab::ScenarioEditor</name>
    <message>
        <source>%1 listens on port %2</source>
        <translation>%1 在端口 %2 上监听</translation>
    </message>
    <message>
        <source>%1 connects to %2:%3</source>
        <translation>%1 连接到 %2:%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 sends %n byte(s)</source>
        <translation>
            <numerusform>%1 发送 %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shuts down its sending side</source>
        <translation>%1 关闭发送方向</translation>
    </message>
    <message>
        <source>%1 closes</source>
        <translation>%1 关闭</translation>
    </message>
    <message>
        <source>%1 aborts</source>
        <translation>%1 中止连接</translation>
    </message>
    <message>
        <source>%1 reads</source>
        <translation>%1 读取数据</translation>
    </message>
    <message>
        <source>%1 crashes</source>
        <translation>%1 崩溃</translation>
    </message>
    <message>
        <source>%1 reboots</source>
        <translation>%1 重启</translation>
    </message>
    <message>
        <source>%1&apos;s process is killed</source>
        <translation>%1 的进程被杀死</translation>
    </message>
    <message>
        <source>%1 floods %2 with SYNs</source>
        <translation>%1 用 SYN 洪泛攻击 %2</translation>
    </message>
    <message>
        <source>%1 at %2 s</source>
        <translation>%1（%2 秒时）</translation>
    </message>
    <message>
        <source>Remove fault: %1</source>
        <translation>移除故障：%1</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>将 %1 设为 %2</translation>
    </message>
    <message>
        <source>Add action: %1</source>
        <translation>添加动作：%1</translation>
    </message>
    <message>
        <source>Reset scenario</source>
        <translation>重置场景</translation>
    </message>
    <message>
        <source>Use the %1 profile</source>
        <translation>使用 %1 配置</translation>
    </message>
    <message>
        <source>%1 injects a segment</source>
        <translation>%1 注入一个报文段</translation>
    </message>
</context>
<context>
    <name>tcplab::ScenarioFileDialogs</name>
    <message>
        <source>Open Scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>场景文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>场景另存为</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>场景文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>tcplab::ScenarioFiles</name>
    <message>
        <source>Cannot Open Scenario</source>
        <translation>无法打开场景</translation>
    </message>
    <message>
        <source>The built-in scenario “%1” could not be loaded:

%2</source>
        <translation>无法加载内置场景“%1”：

%2</translation>
    </message>
    <message>
        <source>“%1” is not a valid scenario file. The current scenario stays open.

%2</source>
        <translation>“%1”不是有效的场景文件。当前场景保持打开。

%2</translation>
    </message>
    <message>
        <source>Cannot Save Scenario</source>
        <translation>无法保存场景</translation>
    </message>
    <message>
        <source>The scenario could not be saved to “%1”:

%2</source>
        <translation>无法把场景保存到“%1”：

%2</translation>
    </message>
</context>
<context>
    <name>tcplab::ScenarioFormatDialog</name>
    <message>
        <source>Scenario File Format</source>
        <translation>场景文件格式</translation>
    </message>
    <message>
        <source>This reference is written in English only.</source>
        <translation>本参考文档只有英文版。</translation>
    </message>
</context>
<context>
    <name>tcplab::SegmentInspector</name>
    <message>
        <source>Sent by %1 at %2.</source>
        <translation>由 %1 在 %2 发送。</translation>
    </message>
    <message>
        <source>Sent by %1 at %2; arrives at %3 at %4.</source>
        <translation>由 %1 在 %2 发送；在 %4 到达 %3。</translation>
    </message>
    <message>
        <source>This is a retransmission of segment %1 (sent at %2): %3 sent the same bytes again because no ACK for them came before its retransmission timer expired.</source>
        <translation>这是报文段 %1（在 %2 发送）的重传：在重传定时器超时之前没有收到这些字节的 ACK，所以 %3 再次发送了相同的字节。</translation>
    </message>
    <message>
        <source>This is a retransmission: no ACK came before the retransmission timer expired.</source>
        <translation>这是一次重传：在重传定时器超时之前没有收到 ACK。</translation>
    </message>
    <message>
        <source>This is a duplicate made by the network: an extra copy of segment %1, which %2 sent only once. The receiver must recognise it as old.</source>
        <translation>这是网络产生的重复报文段：报文段 %1 多出的一份副本，而 %2 只发送过一次。接收方必须识别出它是旧报文段。</translation>
    </message>
    <message>
        <source>The fault plan delayed it by %1.</source>
        <translation>故障计划让它延迟了 %1。</translation>
    </message>
    <message>
        <source>The fault plan makes the network deliver an extra copy of it %1 later.</source>
        <translation>故障计划让网络在 %1 之后再投递一份它的副本。</translation>
    </message>
    <message>
        <source>The ACK flag (one bit) is 1, so the acknowledgment number (a 32-bit field) is valid. After the handshake every segment carries ACK=1.</source>
        <translation>ACK 标志（一个比特）为 1，所以确认号（32 位字段）有效。握手完成之后，每个报文段都带有 ACK=1。</translation>
    </message>
    <message>
        <source>The ACK flag is 0, so the acknowledgment number field means nothing here (it is sent as 0). Do not confuse the ACK flag (a bit) with the ack field (a number).</source>
        <translation>ACK 标志为 0，所以这里的确认号字段没有意义（发送时为 0）。不要把 ACK 标志（一个比特）和 ack 字段（一个数）混为一谈。</translation>
    </message>
    <message>
        <source>Data offset %1: the header is %1 × 4 = %2 bytes, the 20-byte fixed header plus the 4-byte MSS option.</source>
        <translation>数据偏移 %1：首部长 %1 × 4 = %2 字节，即 20 字节的固定首部加上 4 字节的 MSS 选项。</translation>
    </message>
    <message>
        <source>Data offset %1: the header is %1 × 4 = %2 bytes, without options.</source>
        <translation>数据偏移 %1：首部长 %1 × 4 = %2 字节，没有选项。</translation>
    </message>
    <message>
        <source>MSS %1: the largest segment of data %2 will accept, its MTU minus 40 bytes of IPv4 and TCP headers. Only SYN segments carry it.</source>
        <translation>MSS %1：%2 愿意接收的最大数据段长度，等于它的 MTU 减去 IPv4 和 TCP 首部的 40 字节。只有 SYN 报文段携带它。</translation>
    </message>
    <message>
        <source>Window %1: how many more bytes %2 is ready to receive beyond its acknowledgment number.</source>
        <translation>窗口 %1：%2 在确认号之后还准备接收多少字节。</translation>
    </message>
    <message>
        <source>Checksum 0x%1, computed over the IPv4 pseudo-header (%2 → %3, protocol 6, TCP length %4) and the whole segment; a receiver silently drops a segment whose checksum does not match.</source>
        <translation>校验和 0x%1，对 IPv4 伪首部（%2 → %3，协议 6，TCP 长度 %4）和整个报文段计算得出；校验和不符的报文段会被接收方悄悄丢弃。</translation>
    </message>
    <message>
        <source>No data: this segment carries only its header.</source>
        <translation>无数据：这个报文段只有首部。</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>文本：%1</translation>
    </message>
    <message>
        <source>Segment Inspector</source>
        <translation>报文段检查器</translation>
    </message>
    <message>
        <source>Select a segment in the sequence diagram to see its TCP header.</source>
        <translation>在时序图中选中一个报文段，即可查看它的 TCP 首部。</translation>
    </message>
    <message>
        <source>What the numbers mean</source>
        <translation>这些数字的含义</translation>
    </message>
    <message>
        <source>Data (text and hex)</source>
        <translation>数据（文本和十六进制）</translation>
    </message>
    <message>
        <source>Checksum: over IPv6 it is computed over the IPv6 pseudo-header (%1 → %2, next header 6, TCP length %3) and the whole segment (RFC 8200 §8.1); a receiver silently drops a segment whose checksum does not match.</source>
        <translation>校验和：在 IPv6 上，它对 IPv6 伪首部（%1 → %2，下一首部 6，TCP 长度 %3）和整个报文段计算得出（RFC 8200 §8.1）；校验和不符的报文段会被接收方悄悄丢弃。</translation>
    </message>
    <message>
        <source>Segment %1: %2 → %3   %4</source>
        <translation>报文段 %1：%2 → %3   %4</translation>
    </message>
</context>
<context>
    <name>tcplab::SegmentMenu</name>
    <message>
        <source>Drop This Segment</source>
        <translation>丢弃该报文段</translation>
    </message>
    <message>
        <source>Delay…</source>
        <translation>延迟…</translation>
    </message>
    <message>
        <source>Delay Segment</source>
        <translation>延迟报文段</translation>
    </message>
    <message>
        <source>Extra delay in milliseconds:</source>
        <translation>额外延迟（毫秒）：</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>重复…</translation>
    </message>
    <message>
        <source>Duplicate Segment</source>
        <translation>重复报文段</translation>
    </message>
    <message>
        <source>The copy arrives this many milliseconds after the original:</source>
        <translation>副本比原报文段晚到达的毫秒数：</translation>
    </message>
    <message>
        <source>Remove Fault</source>
        <translation>移除故障</translation>
    </message>
</context>
<context>
    <name>tcplab::SequenceDiagramView</name>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Original transmission</source>
        <translation>首次发送</translation>
    </message>
    <message>
        <source>Retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <source>Duplicate made by the network</source>
        <translation>网络产生的重复报文段</translation>
    </message>
    <message>
        <source>Fault: dropped</source>
        <translation>故障：已丢弃</translation>
    </message>
    <message>
        <source>Fault: delayed by %1</source>
        <translation>故障：延迟 %1</translation>
    </message>
    <message>
        <source>Fault: duplicated, copy %1 later</source>
        <translation>故障：已重复，副本晚 %1</translation>
    </message>
    <message>
        <source>Sent at %1 s</source>
        <translation>发送于 %1 秒</translation>
    </message>
    <message>
        <source>Dropped at %1 s</source>
        <translation>丢弃于 %1 秒</translation>
    </message>
    <message>
        <source>Arrives at %1 s (after %2)</source>
        <translation>到达于 %1 秒（历时 %2）</translation>
    </message>
    <message>
        <source>No simulation yet</source>
        <translation>尚未模拟</translation>
    </message>
    <message>
        <source>Click to show every segment of the flood</source>
        <translation>点击以显示洪泛中的每个报文段</translation>
    </message>
    <message>
        <source>Click to show the flood as one band again</source>
        <translation>点击以重新把洪泛显示为一条带</translation>
    </message>
    <message>
        <source>%1 → %2 (%3 → %4)</source>
        <translation>%1 → %2（%3 → %4）</translation>
    </message>
</context>
<context>
    <name>tcplab::Settings</name>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Where the random numbers (initial sequence numbers, jitter, loss) start: the same seed gives the same run.</source>
        <translation>随机数（初始序号、抖动、丢包）的起点：种子相同，运行结果就相同。</translation>
    </message>
    <message>
        <source>Delay each way</source>
        <translation>单向延迟</translation>
    </message>
    <message>
        <source>The time a segment takes from one host to the other, in each direction, unless a link sets its own.</source>
        <translation>报文段从一台主机到另一台主机所需的时间，两个方向都一样，除非某条链路另有设置。</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>抖动</translation>
    </message>
    <message>
        <source>Each segment&apos;s delay varies at random by up to this much either way; at most the delay.</source>
        <translation>每个报文段的延迟随机增减，最多相差这么多；不能超过延迟本身。</translation>
    </message>
    <message>
        <source>Random loss</source>
        <translation>随机丢包率</translation>
    </message>
    <message>
        <source>The chance that the network loses a segment: 0 never, 1 always.</source>
        <translation>网络丢失一个报文段的概率：0 表示从不丢失，1 表示总是丢失。</translation>
    </message>
    <message>
        <source>Delay %1 → %2</source>
        <translation>延迟 %1 → %2</translation>
    </message>
    <message>
        <source>The delay from %1 to %2 alone; “default” gives it back to the network&apos;s delay.</source>
        <translation>仅从 %1 到 %2 这一方向的延迟；填“default”则恢复为网络的延迟。</translation>
    </message>
    <message>
        <source>Loss %1 → %2</source>
        <translation>丢包率 %1 → %2</translation>
    </message>
    <message>
        <source>The loss from %1 to %2 alone; “default” gives it back to the network&apos;s loss.</source>
        <translation>仅从 %1 到 %2 这一方向的丢包率；填“default”则恢复为网络的丢包率。</translation>
    </message>
    <message>
        <source>Protocol variant</source>
        <translation>协议变体</translation>
    </message>
    <message>
        <source>Teaching variants leave out a rule to show what goes wrong without it.</source>
        <translation>教学变体去掉某条规则，以展示缺少它时会出什么问题。</translation>
    </message>
    <message>
        <source>Initial RTO</source>
        <translation>初始 RTO</translation>
    </message>
    <message>
        <source>RFC 6298: the first retransmission timeout is 1 s; it doubles on each retry.</source>
        <translation>RFC 6298：首次重传超时为 1 秒，每重试一次翻倍。</translation>
    </message>
    <message>
        <source>Minimum RTO</source>
        <translation>最小 RTO</translation>
    </message>
    <message>
        <source>The retransmission timeout never drops below this (Linux: 200 ms; RFC 6298 §2.4 says 1 s). At most the initial RTO.</source>
        <translation>重传超时不会低于此值（Linux：200 毫秒；RFC 6298 §2.4 规定为 1 秒）。不能超过初始 RTO。</translation>
    </message>
    <message>
        <source>Maximum RTO</source>
        <translation>最大 RTO</translation>
    </message>
    <message>
        <source>Doubling stops at this timeout (Linux: 120 s; RFC 6298 §2.5 asks for at least 60 s). At least the initial RTO.</source>
        <translation>超时翻倍到此值为止（Linux：120 秒；RFC 6298 §2.5 要求至少 60 秒）。不能小于初始 RTO。</translation>
    </message>
    <message>
        <source>SYN retries</source>
        <translation>SYN 重试次数</translation>
    </message>
    <message>
        <source>Linux tcp_syn_retries: 6, so connect() gives up after about 127 s.</source>
        <translation>Linux tcp_syn_retries：6，因此 connect() 大约 127 秒后放弃。</translation>
    </message>
    <message>
        <source>SYN,ACK retries</source>
        <translation>SYN,ACK 重试次数</translation>
    </message>
    <message>
        <source>Linux tcp_synack_retries: 5.</source>
        <translation>Linux tcp_synack_retries：5。</translation>
    </message>
    <message>
        <source>Data retries</source>
        <translation>数据重试次数</translation>
    </message>
    <message>
        <source>Linux tcp_retries2: 15 retransmissions of data before the connection is given up.</source>
        <translation>Linux tcp_retries2：数据重传 15 次后放弃连接。</translation>
    </message>
    <message>
        <source>Linear SYN timeouts</source>
        <translation>SYN 线性超时次数</translation>
    </message>
    <message>
        <source>MSL</source>
        <translation>MSL</translation>
    </message>
    <message>
        <source>Maximum segment lifetime; TIME-WAIT lasts twice as long (Linux: 60 s).</source>
        <translation>报文段最大生存时间；TIME-WAIT 持续它的两倍（Linux：60 秒）。</translation>
    </message>
    <message>
        <source>FIN-WAIT-2 timeout</source>
        <translation>FIN-WAIT-2 超时</translation>
    </message>
    <message>
        <source>Linux tcp_fin_timeout: how long a closed socket waits in FIN-WAIT-2 for the peer&apos;s FIN (60 s).</source>
        <translation>Linux tcp_fin_timeout：已关闭的套接字在 FIN-WAIT-2 中等待对方 FIN 的时长（60 秒）。</translation>
    </message>
    <message>
        <source>Keepalive</source>
        <translation>保活</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE: probe a connection that has been idle, to find a peer that is gone (off unless the application asks).</source>
        <translation>SO_KEEPALIVE：探测空闲的连接，以发现已经不在的对端（除非应用程序要求，否则关闭）。</translation>
    </message>
    <message>
        <source>Keepalive idle time</source>
        <translation>保活空闲时间</translation>
    </message>
    <message>
        <source>RFC 1122 §4.2.3.6: at least two hours by default (Linux: 7200 s).</source>
        <translation>RFC 1122 §4.2.3.6：默认至少两小时（Linux：7200 秒）。</translation>
    </message>
    <message>
        <source>Keepalive interval</source>
        <translation>保活探测间隔</translation>
    </message>
    <message>
        <source>Linux: a probe every 75 seconds (seconds, not minutes).</source>
        <translation>Linux：每 75 秒探测一次（是秒，不是分钟）。</translation>
    </message>
    <message>
        <source>Keepalive probes</source>
        <translation>保活探测次数</translation>
    </message>
    <message>
        <source>Linux: 9 unanswered probes drop the connection.</source>
        <translation>Linux：9 次探测都无应答就丢弃连接。</translation>
    </message>
    <message>
        <source>Delayed ACK</source>
        <translation>延迟 ACK</translation>
    </message>
    <message>
        <source>RFC 1122 §4.2.3.2: hold an ACK back a little, so that it can travel with data or acknowledge two segments at once.</source>
        <translation>RFC 1122 §4.2.3.2：稍稍推迟发送 ACK，使它能随数据一起发送，或一次确认两个报文段。</translation>
    </message>
    <message>
        <source>Delayed ACK timeout</source>
        <translation>延迟 ACK 超时</translation>
    </message>
    <message>
        <source>How long an ACK may wait: under half a second by RFC 1122 §4.2.3.2 (Linux: about 40 ms).</source>
        <translation>ACK 最多可等待多久：RFC 1122 §4.2.3.2 规定不超过半秒（Linux：约 40 毫秒）。</translation>
    </message>
    <message>
        <source>Listen backlog</source>
        <translation>监听队列长度（backlog）</translation>
    </message>
    <message>
        <source>The default listen() backlog: how many connections may wait for accept().</source>
        <translation>listen() 默认的 backlog：最多可有多少个连接等待 accept()。</translation>
    </message>
    <message>
        <source>SYN cookies</source>
        <translation>SYN cookies</translation>
    </message>
    <message>
        <source>The server keeps no state for a SYN until the final ACK proves the address.</source>
        <translation>在最后的 ACK 证明对方地址真实之前，服务器不为 SYN 保留任何状态。</translation>
    </message>
    <message>
        <source>Receive window</source>
        <translation>接收窗口</translation>
    </message>
    <message>
        <source>The receive window advertised: at most 65535 bytes without window scaling (RFC 9293 §3.1).</source>
        <translation>通告的接收窗口：不使用窗口缩放时最多 65535 字节（RFC 9293 §3.1）。</translation>
    </message>
    <message>
        <source>RST ends TIME-WAIT</source>
        <translation>RST 结束 TIME-WAIT</translation>
    </message>
    <message>
        <source>New SYN reopens TIME-WAIT</source>
        <translation>新 SYN 可重开 TIME-WAIT 连接</translation>
    </message>
    <message>
        <source>RFC 1122 §4.2.2.13, as Linux does: a SYN with a higher sequence number ends TIME-WAIT and opens a new connection.</source>
        <translation>RFC 1122 §4.2.2.13，与 Linux 的做法相同：序号更大的 SYN 会结束 TIME-WAIT 并打开新连接。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Linux 6.5+: this many extra SYN retries at the initial RTO before the doubling ones (Linux: 4; 0 = classic doubling).</source>
        <translation>Linux 6.5+：在加倍的重试之前，先以初始 RTO 额外重试 SYN 这么多次（Linux：4；0 = 经典加倍）。</translation>
    </message>
    <message>
        <source>Quick ACKs</source>
        <translation>快速 ACK</translation>
    </message>
    <message>
        <source>With delayed ACK: how many of a connection&apos;s first data segments are still acknowledged at once (Linux quick-ACK mode: up to 16).</source>
        <translation>启用延迟 ACK 时：连接最初的多少个数据报文段仍然立即确认（Linux 快速 ACK 模式：最多 16 个）。</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4 and Linux (tcp_rfc1337 = 0): an in-window RST received in TIME-WAIT ends it at once. Off: RFC 1337&apos;s protection.</source>
        <translation>RFC 9293 §3.10.7.4 和 Linux（tcp_rfc1337 = 0）：在 TIME-WAIT 中收到窗口内的 RST 会立即结束它。关闭：采用 RFC 1337 的保护。</translation>
    </message>
    <message>
        <source>ISN after TIME-WAIT from the old connection</source>
        <translation>TIME-WAIT 之后的 ISN 取自旧连接</translation>
    </message>
    <message>
        <source>Linux: a connection that reopens TIME-WAIT starts its sequence numbers at the old SND.NXT + 65537, beyond anything the old one sent.</source>
        <translation>Linux：重新打开 TIME-WAIT 的连接从旧连接的 SND.NXT + 65537 开始编号，超出旧连接发送过的一切。</translation>
    </message>
    <message>
        <source>RST carries ACK</source>
        <translation>RST 携带 ACK</translation>
    </message>
    <message>
        <source>Linux: a RST the endpoint sends on its own (abort, close with unread data, keepalive giving up) is RST,ACK; RFC 9293 §3.10.5 sends a bare RST.</source>
        <translation>Linux：端点主动发送的 RST（中止、关闭时仍有未读数据、保活放弃）是 RST,ACK；RFC 9293 §3.10.5 发送不带 ACK 的 RST。</translation>
    </message>
    <message>
        <source>Challenge ACK (RFC 5961)</source>
        <translation>挑战 ACK（RFC 5961）</translation>
    </message>
    <message>
        <source>RFC 5961 §3.2, part of RFC 9293 §3.10.7.4: a RST that is in the window but not exactly at RCV.NXT is answered with a challenge ACK and does not end the connection, so a blind guess rarely succeeds. Off: the older rule, where any in-window RST resets.</source>
        <translation>RFC 5961 §3.2，已纳入 RFC 9293 §3.10.7.4：序号在窗口内但不恰好等于 RCV.NXT 的 RST 只会得到一个挑战 ACK，不会结束连接，因此盲目猜测很难得逞。关闭时：采用旧规则，任何窗口内的 RST 都会重置连接。</translation>
    </message>
    <message>
        <source>RST for a new SYN in SYN-RECEIVED</source>
        <translation>SYN-RECEIVED 中对新 SYN 回 RST</translation>
    </message>
    <message>
        <source>Linux (tcp_check_req): a SYN with a new sequence number inside the window of a half-open connection is answered with a RST and the connection request is dropped. Off: RFC 9293 §3.10.7.4, back to LISTEN without an answer.</source>
        <translation>Linux（tcp_check_req）：半开连接收到窗口内、序号不同的新 SYN 时，回答 RST 并丢弃这个连接请求。关闭：按 RFC 9293 §3.10.7.4，不作回答地回到 LISTEN。</translation>
    </message>
</context>
<context>
    <name>tcplab::SettingsFileCheck</name>
    <message>
        <source>Settings Could Not Be Read</source>
        <translation>无法读取设置</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so TCP Connection Lab starts with its default settings. The old file was kept as:
%1</source>
        <translation>无法读取你的设置文件，TCP 连接实验室将以默认设置启动。旧文件已保留为：
%1</translation>
    </message>
</context>
<context>
    <name>tcplab::SettingsPanel</name>
    <message>
        <source>Scenario file key: %1</source>
        <translation>场景文件中的键：%1</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Standard (RFC 9293)</source>
        <translation>标准（RFC 9293）</translation>
    </message>
    <message>
        <source>Two-way handshake (flawed)</source>
        <translation>两次握手（有缺陷）</translation>
    </message>
    <message>
        <source>No TIME-WAIT (flawed)</source>
        <translation>无 TIME-WAIT（有缺陷）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Range: %1 to %2</source>
        <translation>范围：%1 到 %2</translation>
    </message>
    <message>
        <source>Range: %1 to %2 %3</source>
        <translation>范围：%1 到 %2 %3</translation>
    </message>
    <message>
        <source>RFC 9293 (as written)</source>
        <translation>RFC 9293（按原文）</translation>
    </message>
    <message>
        <source>Linux 6.x defaults</source>
        <translation>Linux 6.x 默认值</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>A starting point for the protocol settings: the RFCs as written, or what a Linux 6.x kernel does. Every difference is one of the settings below, which stay editable (docs/profiles.md).</source>
        <translation>协议设置的起点：按 RFC 原文，或按 Linux 6.x 内核的做法。每一处差异都是下面的一项设置，仍然可以单独修改（docs/profiles.md）。</translation>
    </message>
</context>
<context>
    <name>tcplab::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>The keys of the window. Keys for playback work anywhere in the window except while you type in a field.</source>
        <translation>本窗口的快捷键。播放用的按键在窗口中任何地方都有效，只在输入框中打字时除外。</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>When</source>
        <translation>何时有效</translation>
    </message>
    <message>
        <source>In presenter mode</source>
        <translation>在演示模式中</translation>
    </message>
    <message>
        <source>Outside presenter mode</source>
        <translation>演示模式之外</translation>
    </message>
</context>
<context>
    <name>tcplab::SocketTableModel</name>
    <message>
        <source>%1 is how ss prints the state %2 (RFC 9293).</source>
        <translation>%1 是 ss 对状态 %2（RFC 9293）的写法。</translation>
    </message>
    <message>
        <source>For a listener: connections waiting in the accept queue. The scenario&apos;s applications accept at once, so it stays 0.</source>
        <translation>对监听套接字：在全连接队列中等待的连接数。场景中的应用程序会立即 accept，所以它一直为 0。</translation>
    </message>
    <message>
        <source>Bytes received that the application has not read yet.</source>
        <translation>已收到但应用程序尚未读取的字节数。</translation>
    </message>
    <message>
        <source>For a listener: the backlog, the limit of its queues.</source>
        <translation>对监听套接字：backlog，即其队列的上限。</translation>
    </message>
    <message>
        <source>Bytes sent (or queued) that the peer has not acknowledged yet.</source>
        <translation>已发送（或已排队）但对方尚未确认的字节数。</translation>
    </message>
    <message>
        <source>Half-open connections (SYN-RECV) waiting for the handshake&apos;s last ACK.</source>
        <translation>等待握手最后一个 ACK 的半开连接（SYN-RECV）。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
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
        <translation>SYN 队列</translation>
    </message>
    <message>
        <source>Local Address:Port</source>
        <translation>本地地址:端口</translation>
    </message>
    <message>
        <source>Peer Address:Port</source>
        <translation>对端地址:端口</translation>
    </message>
    <message>
        <source>Established: bytes not yet read. Listener: the accept queue.</source>
        <translation>已建立的连接：尚未读取的字节数。监听套接字：全连接队列。</translation>
    </message>
    <message>
        <source>Established: bytes not yet acknowledged. Listener: the backlog.</source>
        <translation>已建立的连接：尚未被确认的字节数。监听套接字：backlog。</translation>
    </message>
    <message>
        <source>Listener only: half-open connections in SYN-RECV. Not a column of ss; it counts the rows `ss -tan state syn-recv` would show.</source>
        <translation>仅用于监听套接字：处于 SYN-RECV 的半开连接数。这不是 ss 的列；它统计 `ss -tan state syn-recv` 会显示的行数。</translation>
    </message>
    <message>
        <source>The state as ss prints it; after it, the error (errno) the application got on the socket, if any.</source>
        <translation>ss 显示的状态；如果应用程序在这个套接字上遇到了错误，其后是该错误（errno）。</translation>
    </message>
    <message>
        <source>ECONNRESET: the peer reset the connection.</source>
        <translation>ECONNRESET：对方重置了连接。</translation>
    </message>
    <message>
        <source>ECONNREFUSED: the connection attempt was answered with RST.</source>
        <translation>ECONNREFUSED：连接请求得到的回答是 RST。</translation>
    </message>
    <message>
        <source>ETIMEDOUT: retransmissions or keepalive probes went unanswered.</source>
        <translation>ETIMEDOUT：重传或保活探测没有得到回答。</translation>
    </message>
    <message>
        <source>EPIPE: send() after shutdown(), or on a connection that is gone.</source>
        <translation>EPIPE：在 shutdown() 之后调用 send()，或者连接已不存在。</translation>
    </message>
    <message>
        <source>EADDRINUSE: the four addresses are still held by an earlier connection.</source>
        <translation>EADDRINUSE：这四个地址仍被先前的连接占用。</translation>
    </message>
</context>
<context>
    <name>tcplab::SocketTablePanel</name>
    <message>
        <source>Sockets (ss -tan)</source>
        <translation>套接字（ss -tan）</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>%1$ ss -tan</source>
        <translation>%1$ ss -tan</translation>
    </message>
    <message>
        <source>What `ss -tan` would print on this host at the playhead. Sockets in CLOSED are not listed.</source>
        <translation>在播放头时刻，这台主机上的 `ss -tan` 会输出的内容。处于 CLOSED 的套接字不会列出。</translation>
    </message>
    <message>
        <source>1 socket</source>
        <translation>1 个套接字</translation>
    </message>
    <message>
        <source>%1 sockets</source>
        <translation>%1 个套接字</translation>
    </message>
</context>
<context>
    <name>tcplab::StateDiagramLayout</name>
    <message>
        <source>passive open</source>
        <translation>被动打开</translation>
    </message>
    <message>
        <source>close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>active open</source>
        <translation>主动打开</translation>
    </message>
    <message>
        <source>snd SYN</source>
        <translation>发 SYN</translation>
    </message>
    <message>
        <source>close, timeout, rcv RST</source>
        <translation>关闭、超时、收 RST</translation>
    </message>
    <message>
        <source>rcv RST, abort, give up</source>
        <translation>收 RST、中止、放弃</translation>
    </message>
    <message>
        <source>snd RST on abort</source>
        <translation>中止时发 RST</translation>
    </message>
    <message>
        <source>rcv SYN</source>
        <translation>收 SYN</translation>
    </message>
    <message>
        <source>snd SYN,ACK</source>
        <translation>发 SYN,ACK</translation>
    </message>
    <message>
        <source>rcv SYN,ACK</source>
        <translation>收 SYN,ACK</translation>
    </message>
    <message>
        <source>snd ACK</source>
        <translation>发 ACK</translation>
    </message>
    <message>
        <source>rcv ACK of SYN</source>
        <translation>收到对 SYN 的 ACK</translation>
    </message>
    <message>
        <source>rcv RST, timeout</source>
        <translation>收 RST、超时</translation>
    </message>
    <message>
        <source>(after passive open)</source>
        <translation>（被动打开之后）</translation>
    </message>
    <message>
        <source>snd FIN</source>
        <translation>发 FIN</translation>
    </message>
    <message>
        <source>rcv FIN</source>
        <translation>收 FIN</translation>
    </message>
    <message>
        <source>rcv ACK of FIN</source>
        <translation>收到对 FIN 的 ACK</translation>
    </message>
    <message>
        <source>rcv FIN,ACK</source>
        <translation>收 FIN,ACK</translation>
    </message>
    <message>
        <source>timeout=2MSL</source>
        <translation>超时 = 2MSL</translation>
    </message>
    <message>
        <source>(no TIME-WAIT)</source>
        <translation>（无 TIME-WAIT）</translation>
    </message>
    <message>
        <source>any other state</source>
        <translation>任何其他状态</translation>
    </message>
    <message>
        <source>two-way handshake
variant</source>
        <translation>两次握手
变体</translation>
    </message>
</context>
<context>
    <name>tcplab::StateDiagramWidget</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>A connection in any state ends at once in CLOSED when it receives an acceptable RST (its sequence number in the receive window), when the application aborts (a RST is sent), or when retransmissions or keepalive probes give up. A reset leaves no TIME-WAIT.</source>
        <translation>处于任何状态的连接，在收到可接受的 RST（序号在接收窗口内）、应用程序中止（发送 RST）、或重传与保活探测放弃时，都会立即进入 CLOSED。重置不会留下 TIME-WAIT。</translation>
    </message>
    <message>
        <source>Click a state to see what it means and how it is left.</source>
        <translation>单击一个状态，查看它的含义以及如何离开它。</translation>
    </message>
    <message>
        <source>rcv RST</source>
        <translation>收 RST</translation>
    </message>
    <message>
        <source>abort / snd RST</source>
        <translation>中止 / 发 RST</translation>
    </message>
    <message>
        <source>retransmissions gave up</source>
        <translation>重传放弃</translation>
    </message>
    <message>
        <source>keepalive probes unanswered / snd RST</source>
        <translation>保活探测无应答 / 发 RST</translation>
    </message>
    <message>
        <source>FIN-WAIT-2 timeout (orphaned socket)</source>
        <translation>FIN-WAIT-2 超时（孤儿套接字）</translation>
    </message>
    <message>
        <source>host crashed</source>
        <translation>主机崩溃</translation>
    </message>
    <message>
        <source>new SYN reuses the four addresses</source>
        <translation>新 SYN 复用同一四元组</translation>
    </message>
    <message>
        <source>TIME-WAIT skipped (variant)</source>
        <translation>跳过 TIME-WAIT（变体）</translation>
    </message>
    <message>
        <source>rcv SYN / snd SYN,ACK (two-way handshake variant)</source>
        <translation>收 SYN / 发 SYN,ACK（两次握手变体）</translation>
    </message>
    <message>
        <source>close with unread data / snd RST</source>
        <translation>带未读数据关闭 / 发 RST</translation>
    </message>
    <message>
        <source>No connection exists and no TCB is kept (RFC 9293 calls CLOSED a fictional state). A passive open (listen()) leads to LISTEN; an active open (connect() sends SYN) leads to SYN-SENT.</source>
        <translation>不存在连接，也不保留 TCB（RFC 9293 称 CLOSED 为一个虚构的状态）。被动打开（listen()）进入 LISTEN；主动打开（connect() 发送 SYN）进入 SYN-SENT。</translation>
    </message>
    <message>
        <source>A server waits for connection requests on its port. A SYN creates a half-open connection in the SYN queue and is answered with SYN,ACK; that new connection is in SYN-RECEIVED while the listener keeps listening. close() returns to CLOSED.</source>
        <translation>服务器在它的端口上等待连接请求。一个 SYN 会在 SYN 队列中创建一个半开连接，并以 SYN,ACK 回应；这个新连接处于 SYN-RECEIVED，而监听套接字继续监听。close() 回到 CLOSED。</translation>
    </message>
    <message>
        <source>The client has sent its SYN (connect()) and waits. A SYN,ACK that acknowledges the SYN (ack = ISN + 1) is answered with ACK and leads to ESTABLISHED; a bare SYN (simultaneous open) leads to SYN-RECEIVED. Without an answer the SYN is retransmitted with a doubling timeout (1 s, 2 s, 4 s, …) and Linux gives up after 6 retries, about 127 s; a RST means &quot;connection refused&quot;.</source>
        <translation>客户端已发出 SYN（connect()）并在等待。确认了该 SYN 的 SYN,ACK（ack = ISN + 1）会得到 ACK 回应并进入 ESTABLISHED；单独的 SYN（同时打开）则进入 SYN-RECEIVED。若无应答，SYN 会以翻倍的超时（1 秒、2 秒、4 秒……）重传，Linux 重试 6 次、约 127 秒后放弃；收到 RST 表示“连接被拒绝”。</translation>
    </message>
    <message>
        <source>A SYN has arrived and SYN,ACK has been sent: this half-open connection waits in the listener&apos;s SYN queue for the final ACK, which leads to ESTABLISHED. Without it the SYN,ACK is retransmitted (Linux: 5 times) and the entry is dropped; a RST drops it at once. A SYN flood fills the queue with such entries.</source>
        <translation>已收到 SYN 并发出 SYN,ACK：这个半开连接在监听套接字的 SYN 队列中等待最后的 ACK，收到后进入 ESTABLISHED。收不到时 SYN,ACK 会被重传（Linux：5 次），然后该条目被丢弃；收到 RST 则立即丢弃。SYN 洪泛就是用这样的条目塞满队列。</translation>
    </message>
    <message>
        <source>The connection is open: both initial sequence numbers are agreed and data flows in both directions; every segment now carries the ACK flag. close() sends FIN and leads to FIN-WAIT-1 (active close); a FIN from the peer is acknowledged and leads to CLOSE-WAIT (passive close).</source>
        <translation>连接已建立：双方的初始序号都已确认，数据可以双向流动；现在每个报文段都带 ACK 标志。close() 发送 FIN 并进入 FIN-WAIT-1（主动关闭）；收到对方的 FIN 则予以确认并进入 CLOSE-WAIT（被动关闭）。</translation>
    </message>
    <message>
        <source>This side closed first and sent its FIN; it can still receive. The ACK of its FIN leads to FIN-WAIT-2; the peer&apos;s FIN before that (simultaneous close) leads to CLOSING; a FIN that also acknowledges ours leads straight to TIME-WAIT.</source>
        <translation>本端先关闭并发出了 FIN；它仍然可以接收。收到对其 FIN 的 ACK 进入 FIN-WAIT-2；在此之前收到对方的 FIN（同时关闭）则进入 CLOSING；收到同时确认了我方 FIN 的 FIN 则直接进入 TIME-WAIT。</translation>
    </message>
    <message>
        <source>Our FIN is acknowledged and the connection is half-closed: this side sends no more data but receives until the peer&apos;s FIN arrives; that FIN is acknowledged and leads to TIME-WAIT. On Linux an orphaned socket (its application has closed it) gives up after 60 s (tcp_fin_timeout).</source>
        <translation>我方的 FIN 已被确认，连接处于半关闭：本端不再发送数据，但会一直接收，直到对方的 FIN 到达；确认该 FIN 后进入 TIME-WAIT。在 Linux 上，孤儿套接字（应用程序已关闭它）60 秒后放弃（tcp_fin_timeout）。</translation>
    </message>
    <message>
        <source>The peer has closed its direction (its FIN is acknowledged) and the application was told end-of-stream. This side may keep sending as long as it likes; when its application calls close(), it sends its own FIN and enters LAST-ACK. Many sockets stuck here mean an application that forgets to close.</source>
        <translation>对方已关闭它的方向（其 FIN 已被确认），应用程序也已得知数据流结束。本端想发送多久都可以；当应用程序调用 close() 时，发出自己的 FIN 并进入 LAST-ACK。大量套接字卡在这里，说明应用程序忘了关闭连接。</translation>
    </message>
    <message>
        <source>Both sides sent FIN at about the same time (simultaneous close): the peer&apos;s FIN arrived and was acknowledged, but our FIN is not acknowledged yet. The ACK of our FIN leads to TIME-WAIT.</source>
        <translation>双方几乎同时发出 FIN（同时关闭）：对方的 FIN 已到达并被确认，但我方的 FIN 尚未被确认。收到对我方 FIN 的 ACK 后进入 TIME-WAIT。</translation>
    </message>
    <message>
        <source>The passive closer has sent its own FIN and waits for the last ACK. When it arrives the connection is CLOSED at once, without TIME-WAIT; if it is lost, the FIN is retransmitted.</source>
        <translation>被动关闭方已发出自己的 FIN，等待最后一个 ACK。ACK 到达后连接立即进入 CLOSED，不经过 TIME-WAIT；如果 ACK 丢失，FIN 会被重传。</translation>
    </message>
    <message>
        <source>The active closer has acknowledged the peer&apos;s FIN. It waits 2×MSL (60 s on Linux) so a lost final ACK can be repeated (a retransmitted FIN is acknowledged again and restarts the wait) and old duplicates of this connection die out before the same four addresses are used again; then CLOSED.</source>
        <translation>主动关闭方已确认了对方的 FIN。它等待 2×MSL（Linux 上为 60 秒）：这样丢失的最后一个 ACK 可以重发（重传的 FIN 会再次被确认并重新开始计时），并且在同一四元组被再次使用之前，这个连接的旧重复报文段都已消失；之后进入 CLOSED。</translation>
    </message>
    <message>
        <source>%1: %2 → %3 — %4</source>
        <translation>%1：%2 → %3 — %4</translation>
    </message>
    <message>
        <source>rcv ACK with a valid SYN cookie</source>
        <translation>收到带有效 SYN cookie 的 ACK</translation>
    </message>
</context>
<context>
    <name>tcplab::TryThisPanel</name>
    <message>
        <source>Try This</source>
        <translation>动手试试</translation>
    </message>
    <message>
        <source>Try This (%1/%2)</source>
        <translation>动手试试（%1/%2）</translation>
    </message>
    <message>
        <source>This lesson has no tasks to try. Change the story anyway: right-click a segment to drop, delay or duplicate it.</source>
        <translation>本课没有要完成的任务。不过仍可改变情节：右键单击报文段，可以丢弃、延迟或重复它。</translation>
    </message>
    <message>
        <source>Change the story (faults, settings, actions) until each task is done.</source>
        <translation>改变情节（故障、设置、动作），直到完成每一项任务。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <source>Done!</source>
        <translation>完成！</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>tcplab::WelcomeBanner</name>
    <message>
        <source>Welcome to TCP Connection Lab</source>
        <translation>欢迎使用 TCP 连接实验室</translation>
    </message>
    <message>
        <source>1. Pick a lesson in the Scenarios list on the left (double-click it).</source>
        <translation>1. 在左侧的“场景”列表中选一课（双击打开）。</translation>
    </message>
    <message>
        <source>2. Press Space to play it; Left and Right step one event at a time.</source>
        <translation>2. 按空格键播放；按左、右方向键一次前进或后退一个事件。</translation>
    </message>
    <message>
        <source>3. Right-click an arrow to drop, delay or duplicate that segment.</source>
        <translation>3. 右键点击箭头，可以丢弃、延迟或重复这个报文段。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Don&apos;t Show Again</source>
        <translation>不再显示</translation>
    </message>
</context>
<context>
    <name>tcplab::WhatsThisTexts</name>
    <message>
        <source>&lt;b&gt;Sequence diagram.&lt;/b&gt; Time runs downwards; each host is a vertical line and each segment an arrow between them. Click an arrow to inspect it, right-click it to drop, delay or duplicate it, or drag its head down to delay it. Click or drag on empty space to move the playhead.</source>
        <translation>&lt;b&gt;时序图。&lt;/b&gt;时间自上而下流逝；每台主机是一条竖线，每个报文段是它们之间的一支箭头。点击箭头可查看它，右键点击可丢弃、延迟或重复投递它，也可以把箭头往下拖来延迟它。在空白处点击或拖动可以移动播放头。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Playback.&lt;/b&gt; Play or pause (Space), step from event to event (Left, Right) or jump to the start or end (Home, End). Drag the timeline to move through the run; the speed is virtual time per real second.</source>
        <translation>&lt;b&gt;播放。&lt;/b&gt;播放或暂停（空格），逐个事件前后步进（左、右方向键），或跳到开头、结尾（Home、End）。拖动时间轴可在运行中移动；速度是每一秒真实时间对应的虚拟时间。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scenarios.&lt;/b&gt; The built-in lessons, grouped by topic, with a summary of the one selected. Double-click a lesson to open it.</source>
        <translation>&lt;b&gt;场景。&lt;/b&gt;内置的课程，按主题分组，并显示所选课程的简介。双击一课即可打开。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Concepts.&lt;/b&gt; Short articles about the ideas behind the lessons. Choose one from the list; its links open the scenario that shows the idea at the right moment.</source>
        <translation>&lt;b&gt;概念。&lt;/b&gt;讲解课程背后原理的短文。从列表中选一篇；文中的链接会打开演示该原理的场景，并停在恰当的时刻。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Faults in force.&lt;/b&gt; Every segment the network drops, delays or duplicates in this run: the scenario&apos;s own and yours. Double-click one or press Del to remove it; Edit ▸ Undo brings it back.</source>
        <translation>&lt;b&gt;生效的故障。&lt;/b&gt;本次运行中网络丢弃、延迟或重复的每个报文段：既有场景自带的，也有你添加的。双击一项或按 Del 键即可移除；“编辑 ▸ 撤销”可以恢复。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions.&lt;/b&gt; What the applications do: choose a host and click a call (connect, send, close, …) to add it at the playhead&apos;s time. The run is simulated again at once.</source>
        <translation>&lt;b&gt;动作。&lt;/b&gt;应用程序做什么：选择一台主机，再点击一个调用（connect、send、close……），就会在播放头所在的时刻添加它。运行会立即重新模拟。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settings.&lt;/b&gt; The network&apos;s delays and losses and the protocol&apos;s timers and limits for this scenario. Change a value and the run is simulated again; a value out of range is refused with the reason below the field.</source>
        <translation>&lt;b&gt;设置。&lt;/b&gt;本场景中网络的时延与丢包，以及协议的定时器与各项上限。修改一个值，运行就会重新模拟；超出范围的值会被拒绝，原因显示在输入框下方。</translation>
    </message>
    <message>
        <source>&lt;b&gt;State diagram.&lt;/b&gt; The TCP state machine of RFC 9293, each endpoint&apos;s state at the playhead lit in its host&apos;s colour and its last transition marked. Click a state to read what it means.</source>
        <translation>&lt;b&gt;状态图。&lt;/b&gt;RFC 9293 的 TCP 状态机：每个端点在播放头时刻所处的状态以其主机的颜色点亮，最近一次状态迁移也会标出。点击一个状态可阅读它的含义。</translation>
    </message>
    <message>
        <source>&lt;b&gt;What happened.&lt;/b&gt; The story of the run up to the playhead in plain words, newest last, with the scenario&apos;s own notes set apart. It follows the playhead as you play or step.</source>
        <translation>&lt;b&gt;发生了什么。&lt;/b&gt;用平实的语言讲述截至播放头的运行过程，最新的在最后，场景自带的注释单独标出。播放或步进时它会跟随播放头。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Segment.&lt;/b&gt; The segment you clicked in the diagram: its TCP header field by field as on the wire, what its numbers mean here, and its data. Click another arrow to inspect that one.</source>
        <translation>&lt;b&gt;报文段。&lt;/b&gt;你在时序图中点击的报文段：按线路上的格式逐个字段显示它的 TCP 首部、这些数字在此处的含义，以及它携带的数据。点击另一支箭头即可查看那个报文段。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection variables.&lt;/b&gt; One connection&apos;s control block (TCB) at the playhead: its state, sequence numbers, windows, queues and running timers. Values the last step changed are emphasised; choose the connection at the top.</source>
        <translation>&lt;b&gt;连接变量。&lt;/b&gt;一个连接在播放头时刻的传输控制块（TCB）：状态、序号、窗口、队列和正在运行的定时器。上一步改变的值会突出显示；在顶部选择要查看的连接。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sockets.&lt;/b&gt; One host&apos;s sockets at the playhead, as &lt;tt&gt;ss -tan&lt;/tt&gt; lists them, with their queues and addresses. Choose the host at the top; double-click a row to see that connection&apos;s variables.</source>
        <translation>&lt;b&gt;套接字。&lt;/b&gt;一台主机在播放头时刻的套接字，如同 &lt;tt&gt;ss -tan&lt;/tt&gt; 所列，包括队列和地址。在顶部选择主机；双击一行可查看该连接的变量。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comparison.&lt;/b&gt; Your run beside the run chosen in View ▸ Compare, with one playhead for both; the first moment where they differ is named and selected in both. Choose &lt;i&gt;No Comparison&lt;/i&gt; in that menu to go back to one diagram.</source>
        <translation>&lt;b&gt;比较。&lt;/b&gt;你的运行与在“视图 ▸ 比较”中选定的运行并排显示，两者共用一个播放头；两者最先出现不同的时刻会被指出，并在两边都选中。在该菜单中选择&lt;i&gt;不比较&lt;/i&gt;即可回到单个时序图。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Capture.&lt;/b&gt; For a connection read from a capture: where it was taken, the delay, the real addresses, and for each segment its frame, which times were seen and which worked out (≈), and what was inferred rather than seen.</source>
        <translation>&lt;b&gt;抓包。&lt;/b&gt;针对从抓包读取的连接：抓包位置、时延、真实地址，以及每个报文段的帧号、哪些时刻是观察到的、哪些是推算的（≈），以及哪些是推断而非看到的。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predict.&lt;/b&gt; With Playback ▸ Predict on, the run stops before each moment worth predicting — the next segment, an acknowledgment number, a state, a timer, an answer or silence — with the future hidden. Choose an answer; the step then plays, and a wrong choice is explained by the mistake it stands for.</source>
        <translation>&lt;b&gt;预测。&lt;/b&gt;打开“播放 ▸ 预测”后，运行会在每个值得预测的时刻之前停下——下一个报文段、确认号、状态、计时器、应答还是沉默——并隐藏未来。选出答案后这一步才会播放；选错时会说明这个选择背后的误解。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Try this.&lt;/b&gt; Tasks of the open lesson: make something happen by changing the story — drop or delay segments, change settings or actions. A task is marked done the moment a run of your story achieves it; ask for a hint if you are stuck.</source>
        <translation>&lt;b&gt;动手试试。&lt;/b&gt;当前课程的任务：通过改变情节让某件事发生——丢弃或延迟报文段、修改设置或动作。一旦你的情节运行出了要求的结果，任务会立即标记为完成；卡住时可以查看提示。</translation>
    </message>
</context>
<context>
    <name>tcplab::WorksheetDialog</name>
    <message>
        <source>&amp;Sequence numbers (seq=)</source>
        <translation>序号（seq=）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Acknowledgment numbers (ack=)</source>
        <translation>确认号（ack=）(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;tates on the lifelines</source>
        <translation>生命线上的状态(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;imer lengths</source>
        <translation>计时器时长(&amp;I)</translation>
    </message>
    <message>
        <source>Export Worksheet</source>
        <translation>导出练习单</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Language of the sheet:</source>
        <translation>练习单语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Blank for the students:</source>
        <translation>留给学生填写：</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>请给文件起个名字。</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 是一个文件夹；请给出文件名。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
</context>
<context>
    <name>tcplab::WorksheetExporter</name>
    <message>
        <source>Name: ______________________    Class: ______________</source>
        <translation>姓名：______________________    班级：______________</translation>
    </message>
    <message>
        <source>Fill in every numbered blank (%1, %2, …) in the diagram, then answer the questions.</source>
        <translation>请填写图中每个带编号的空（%1、%2……），然后回答题目。</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>This run has no questions.</source>
        <translation>这次运行没有可提的问题。</translation>
    </message>
    <message>
        <source>%1. [%2] %3</source>
        <extracomment>%1: the question&apos;s number; %2: the moment of the run it is about (&quot;0.5 s&quot;); %3: the question</extracomment>
        <translation>%1. [%2] %3</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Blanks in the diagram</source>
        <translation>图中的填空</translation>
    </message>
    <message>
        <source>No label was blanked.</source>
        <translation>没有挖空任何标注。</translation>
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
        <translation>无法写入“%1”：练习单是 PDF 文件，请给出以 .pdf 结尾的文件名。</translation>
    </message>
</context>
</TS>
