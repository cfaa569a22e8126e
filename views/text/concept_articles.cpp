#include "text/concept_articles.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVariant>

// The English and Chinese of each article stand side by side (see concept_articles.h).
// Facts follow docs/teaching-notes.md; each article names the common mistake it corrects.

namespace tcplab {

namespace {

QList<ConceptArticle> buildArticles()
{
    QList<ConceptArticle> list;
    {
        ConceptArticle a;
        a.id = QStringLiteral("why-three-segments-to-open");
        a.titleEn = QString::fromUtf8("Why three segments to open a connection");
        a.titleZh = QString::fromUtf8("为什么建立连接要三个报文段（三次握手）");
        a.scenario = {QStringLiteral("three-way-handshake"), msToUs(0)};
        a.seeAlso = {{QStringLiteral("old-duplicate-syn"), msToUs(62060)}, {QStringLiteral("two-way-handshake-problem"), msToUs(62060)}};
        a.bodyEn = QString::fromUtf8(
            "<p>Opening a TCP connection takes three segments. The client sends <b>SYN seq=x</b> and enters SYN-SENT. The server answers <b>SYN,ACK seq=y ack=x+1</b> and enters SYN-RECEIVED: a half-open entry in its listener's SYN queue. The client answers <b>ACK seq=x+1 ack=y+1</b> and is ESTABLISHED; the server becomes ESTABLISHED when that ACK arrives.</p>\n"
            "<p>Why not two? The third segment does three jobs.</p>\n"
            "<ul>\n"
            "<li><b>It stops old duplicate SYNs.</b> A SYN from an earlier attempt can linger in the network and arrive long after that connection ended. With a two-way handshake the server would open a connection on that SYN alone and wait for data that never comes, wasting memory. With three, the server only answers SYN,ACK; the client, which never asked for this connection, replies <b>RST</b>, and the server drops its half-open entry.</li>\n"
            "<li><b>Both sides prove they can send and receive.</b> After two segments the server knows only that it can hear the client; the client's ACK shows that the server's SYN,ACK got through as well.</li>\n"
            "<li><b>Both initial sequence numbers are agreed.</b> Each side picks its own ISN (not zero: chosen anew for every connection, RFC 9293 §3.4.1 and RFC 6528), and each must see the other acknowledge it: x by the SYN,ACK, y by the final ACK.</li>\n"
            "</ul>\n"
            "<p>A common mistake is to call the third segment a mere courtesy. The <i>old-duplicate-syn</i> scenario shows the RST that only the third step makes possible, and <i>two-way-handshake-problem</i> shows the server left waiting without it.</p>\n");
        a.bodyZh = QString::fromUtf8(
            "<p>建立 TCP 连接需要三个报文段。客户端发送 <b>SYN seq=x</b>，进入 SYN-SENT。服务器回复 <b>SYN,ACK seq=y ack=x+1</b>，进入 SYN-RECEIVED：在监听套接字的 SYN 队列里形成一个半连接。客户端再发送 <b>ACK seq=x+1 ack=y+1</b>，进入 ESTABLISHED；服务器收到这个 ACK 后也进入 ESTABLISHED。</p>\n"
            "<p>为什么不是两次？第三个报文段承担了三项任务。</p>\n"
            "<ul>\n"
            "<li><b>阻止迟到的旧 SYN。</b>早先某次连接请求的 SYN 可能滞留在网络中，在那个连接早已结束后才到达。如果只有两次握手，服务器仅凭这个 SYN 就会建立连接，白白等待永远不会到来的数据，浪费内存。有了第三步，服务器只是回复 SYN,ACK；客户端并没有请求这个连接，于是回答 <b>RST</b>，服务器随即删除这个半连接。</li>\n"
            "<li><b>双方都证明自己能发也能收。</b>两个报文段之后，服务器只知道自己能收到客户端的报文；客户端的 ACK 证明服务器的 SYN,ACK 也送达了。</li>\n"
            "<li><b>双方的初始序号都得到确认。</b>每一方各自选择 ISN（不是 0，而是每个连接重新选取，见 RFC 9293 §3.4.1 和 RFC 6528），并且都要看到对方确认它：x 由 SYN,ACK 确认，y 由最后的 ACK 确认。</li>\n"
            "</ul>\n"
            "<p>常见的错误说法是“第三个报文段只是礼貌性的回复”。<i>old-duplicate-syn</i> 场景展示了只有第三步才使之成为可能的 RST；<i>two-way-handshake-problem</i> 场景展示了没有第三步时服务器一直空等。</p>\n");
        list.append(a);
    }
    {
        ConceptArticle a;
        a.id = QStringLiteral("why-four-segments-to-close");
        a.titleEn = QString::fromUtf8("Why four segments to close, and why a capture often shows three");
        a.titleZh = QString::fromUtf8("为什么关闭连接要四个报文段，而抓包常常只看到三个");
        a.scenario = {QStringLiteral("handshake-and-close"), msToUs(900)};
        a.seeAlso = {{QStringLiteral("three-segment-close"), msToUs(600)}, {QStringLiteral("half-close"), msToUs(0)}, {QStringLiteral("simultaneous-close"), msToUs(1000)}};
        a.bodyEn = QString::fromUtf8(
            "<p>TCP is full-duplex: each direction is closed on its own. A FIN means “I will send no more data”, not “I will receive no more”. The side that closes first (the active closer) sends FIN and enters FIN-WAIT-1. The other side (the passive closer) acknowledges the FIN at once, enters CLOSE-WAIT and tells its application end-of-stream; that ACK moves the active closer to FIN-WAIT-2. The connection is now half-closed, and the passive side may go on sending as long as it likes.</p>\n"
            "<p>Only when the passive side's application calls close() does it send its own FIN and enter LAST-ACK. The active closer acknowledges it and enters TIME-WAIT; that last ACK moves the passive side to CLOSED. That makes four segments: FIN, ACK, FIN, ACK. The middle ACK and FIN usually travel apart because the ACK is due at once while the FIN waits for an application.</p>\n"
            "<p>Yet a Linux capture of a quick request and reply usually shows <b>three</b>: FIN,ACK / FIN,ACK / ACK. The receiver delays its ACK briefly (about 40 ms on Linux) in the hope of sending it with something else; if the application closes within that time, the ACK rides on its FIN. Both captures are correct TCP. On Linux a FIN always carries the ACK flag, which is why every FIN shows as “FIN,ACK”.</p>\n"
            "<p>Common mistakes: “a FIN closes the connection” (it closes one direction) and “closing always takes exactly four segments”.</p>\n");
        a.bodyZh = QString::fromUtf8(
            "<p>TCP 是全双工的：每个方向各自关闭。FIN 的意思是“我不再发送数据”，而不是“我不再接收数据”。先关闭的一方（主动关闭方）发送 FIN，进入 FIN-WAIT-1。另一方（被动关闭方）立即确认这个 FIN，进入 CLOSE-WAIT，并告诉应用程序数据已经结束；这个 ACK 使主动关闭方进入 FIN-WAIT-2。此时连接处于半关闭状态，被动方想发送多久都可以继续发送。</p>\n"
            "<p>只有当被动方的应用程序调用 close() 时，它才发送自己的 FIN，进入 LAST-ACK。主动关闭方确认这个 FIN 并进入 TIME-WAIT；这最后一个 ACK 使被动方进入 CLOSED。这样一共是四个报文段：FIN、ACK、FIN、ACK。中间的 ACK 和 FIN 通常分开发送，因为 ACK 马上就该发出，而 FIN 要等应用程序。</p>\n"
            "<p>然而在 Linux 上抓取一次快速的请求与应答，通常只看到<b>三个</b>报文段：FIN,ACK / FIN,ACK / ACK。接收方会把 ACK 稍稍推迟（Linux 上约 40 毫秒），希望与别的内容一起发送；如果应用程序在这段时间内关闭，ACK 就搭载在它的 FIN 上。两种抓包结果都是正确的 TCP。在 Linux 上 FIN 总是带 ACK 标志，所以每个 FIN 都显示为“FIN,ACK”。</p>\n"
            "<p>常见错误：“FIN 关闭了整个连接”（它只关闭一个方向）；“关闭总是恰好需要四个报文段”。</p>\n");
        list.append(a);
    }
    {
        ConceptArticle a;
        a.id = QStringLiteral("why-time-wait-2msl");
        a.titleEn = QString::fromUtf8("Why TIME-WAIT lasts 2×MSL");
        a.titleZh = QString::fromUtf8("为什么 TIME-WAIT 要持续 2×MSL");
        a.scenario = {QStringLiteral("lost-final-ack"), msToUs(1100)};
        a.seeAlso = {{QStringLiteral("no-time-wait-lost-ack"), msToUs(1100)}, {QStringLiteral("old-segment-new-incarnation"), msToUs(0)}};
        a.bodyEn = QString::fromUtf8(
            "<p>The side that closes first ends in TIME-WAIT once it has acknowledged the peer's FIN, and stays there for twice the maximum segment lifetime (2×MSL). The passive closer never enters TIME-WAIT. The wait has two reasons.</p>\n"
            "<ol>\n"
            "<li><b>The final ACK may be lost.</b> The peer, still in LAST-ACK, then retransmits its FIN. The TIME-WAIT side must still know the connection so that it can acknowledge that FIN again (and restart its 2MSL timer). Had it already forgotten the connection, it would answer the FIN with RST, and the peer would report an error instead of a clean close.</li>\n"
            "<li><b>Old duplicates must die out.</b> Delayed segments of this connection may still be in the network. A new connection with the same four addresses (a new incarnation) must not start until they are gone, or an old segment could be taken as new data. One MSL lets the last segments of each direction expire.</li>\n"
            "</ol>\n"
            "<p>MSL: RFC 793 said 2 minutes; implementations use 30 s, 1 min or 2 min. <b>Linux keeps TIME-WAIT for a fixed 60 s.</b> Many sockets in TIME-WAIT on a busy client are normal, not a leak. SO_REUSEADDR lets a server bind its port again while old connections on it are still in TIME-WAIT.</p>\n"
            "<p>A common mistake is to treat TIME-WAIT as a bug to switch off. In <i>lost-final-ack</i> the retransmitted FIN is answered again from TIME-WAIT; in <i>no-time-wait-lost-ack</i> the same FIN meets a RST.</p>\n");
        a.bodyZh = QString::fromUtf8(
            "<p>先关闭的一方在确认对方的 FIN 之后进入 TIME-WAIT，并在那里停留两倍的最长报文段寿命（2×MSL）。被动关闭方不会进入 TIME-WAIT。这段等待有两个原因。</p>\n"
            "<ol>\n"
            "<li><b>最后的 ACK 可能丢失。</b>这时仍处于 LAST-ACK 的对方会重传 FIN。TIME-WAIT 一方必须还记得这个连接，才能再次确认这个 FIN（并重新启动 2MSL 计时器）。如果它已经忘掉了连接，就会用 RST 回答这个 FIN，对方报告的将是错误而不是正常关闭。</li>\n"
            "<li><b>旧的重复报文段必须消亡。</b>本连接中被延迟的报文段可能还在网络中。在它们消失之前，不能用相同的四元组开始新的连接（新的“化身”），否则旧报文段可能被当成新数据。一个 MSL 足以让每个方向上最后的报文段过期。</li>\n"
            "</ol>\n"
            "<p>MSL：RFC 793 规定为 2 分钟；实际的实现使用 30 秒、1 分钟或 2 分钟。<b>Linux 的 TIME-WAIT 固定为 60 秒。</b>繁忙的客户端上有大量 TIME-WAIT 套接字是正常现象，并不是泄漏。SO_REUSEADDR 允许服务器在其端口上的旧连接仍处于 TIME-WAIT 时重新绑定该端口。</p>\n"
            "<p>常见错误是把 TIME-WAIT 当作应该关掉的毛病。在 <i>lost-final-ack</i> 场景中，重传的 FIN 在 TIME-WAIT 中再次得到确认；在 <i>no-time-wait-lost-ack</i> 场景中，同一个 FIN 得到的却是 RST。</p>\n");
        list.append(a);
    }
    {
        ConceptArticle a;
        a.id = QStringLiteral("syn-flood-and-cookies");
        a.titleEn = QString::fromUtf8("What a SYN flood does, and how SYN cookies help");
        a.titleZh = QString::fromUtf8("SYN 洪泛攻击做了什么，SYN cookie 如何应对");
        a.scenario = {QStringLiteral("syn-flood"), msToUs(1750)};
        a.seeAlso = {{QStringLiteral("syn-flood-cookies"), msToUs(1750)}};
        a.bodyEn = QString::fromUtf8(
            "<p>Every SYN that reaches a listener creates a half-open connection in SYN-RECEIVED: an entry in the listener's SYN queue, a SYN,ACK sent, and a retransmission timer (Linux retransmits the SYN,ACK 5 times before it gives up). A SYN flood exploits this: an attacker sends many SYNs with <b>forged source addresses</b>. The SYN,ACKs go to addresses that never answer, so every entry waits for an ACK that never comes.</p>\n"
            "<p>When the SYN queue is full, the listener drops new SYNs, the legitimate clients' SYNs too. Their connect() calls retransmit and finally time out: the service is denied although the server's CPU and bandwidth are mostly idle.</p>\n"
            "<p><b>Detecting it:</b> many sockets in SYN-RECV with random remote addresses. On Linux <code>ss -tan state syn-recv</code> lists them (on older systems <code>netstat -nap | grep SYN_RECV</code>).</p>\n"
            "<p><b>SYN cookies</b> remove the state the attack fills. The server encodes what it must remember about the connection into the ISN of its SYN,ACK and keeps nothing. Only when the final ACK comes back, acknowledging that ISN + 1, does the server rebuild the connection from the cookie and go straight to ESTABLISHED. A forged source never sends that ACK, so it costs the server no memory. Other defences: a bigger backlog, and fewer SYN,ACK retries so that half-open entries are dropped sooner.</p>\n"
            "<p>Compare <i>syn-flood</i> with <i>syn-flood-cookies</i>.</p>\n");
        a.bodyZh = QString::fromUtf8(
            "<p>每个到达监听套接字的 SYN 都会建立一个处于 SYN-RECEIVED 状态的半连接：在 SYN 队列中占一个条目，发出一个 SYN,ACK，并启动一个重传计时器（Linux 会重传 SYN,ACK 5 次才放弃）。SYN 洪泛攻击正是利用这一点：攻击者发送大量<b>伪造源地址</b>的 SYN。SYN,ACK 被发往永远不会应答的地址，于是每个条目都在等待一个永远不会到来的 ACK。</p>\n"
            "<p>SYN 队列满了以后，监听套接字会丢弃新的 SYN，合法客户端的 SYN 也不例外。它们的 connect() 不断重传，最终超时：尽管服务器的 CPU 和带宽大多空闲，服务却被拒绝了。</p>\n"
            "<p><b>如何发现：</b>大量处于 SYN-RECV 状态、远端地址杂乱无章的套接字。在 Linux 上，<code>ss -tan state syn-recv</code> 可以列出它们（较老的系统上用 <code>netstat -nap | grep SYN_RECV</code>）。</p>\n"
            "<p><b>SYN cookie</b> 去掉了攻击要占满的那份状态。服务器把需要记住的连接信息编码进 SYN,ACK 的 ISN 中，自己什么也不保存。只有当最后的 ACK 返回、确认了 ISN + 1 时，服务器才根据 cookie 重建连接，直接进入 ESTABLISHED。伪造的源地址永远不会发回这个 ACK，因此不占用服务器的任何内存。其他防御手段：加大 backlog；减少 SYN,ACK 重传次数，让半连接更早被丢弃。</p>\n"
            "<p>请比较 <i>syn-flood</i> 和 <i>syn-flood-cookies</i> 两个场景。</p>\n");
        list.append(a);
    }
    {
        ConceptArticle a;
        a.id = QStringLiteral("keepalive");
        a.titleEn = QString::fromUtf8("What keepalive finds");
        a.titleZh = QString::fromUtf8("保活（keepalive）能发现什么");
        a.scenario = {QStringLiteral("keepalive-dead-peer"), msToUs(7200350)};
        a.seeAlso = {{QStringLiteral("half-open-discovery"), msToUs(0)}};
        a.bodyEn = QString::fromUtf8(
            "<p>If a peer's host crashes or its cable is pulled, nothing arrives to say so. A connection on which neither side sends anything can stay ESTABLISHED for ever: TCP cannot know without sending. Keepalive, switched on per socket with SO_KEEPALIVE, sends to find out.</p>\n"
            "<p>After the connection has been idle for a while, the keepalive timer sends a probe: an ACK whose sequence number is one below what the peer expects, which a live peer must answer with an ACK. If no answer comes, the probe is repeated; after enough unanswered probes the connection is dropped and the application gets “connection timed out”. Any segment from the peer starts the idle time over.</p>\n"
            "<p>The numbers: RFC 1122 §4.2.3.6 requires the idle time to default to <b>no less than two hours</b>. Linux defaults to <b>7200 s</b> idle (tcp_keepalive_time), a probe every <b>75 seconds</b> (tcp_keepalive_intvl) and <b>9 probes</b> (tcp_keepalive_probes), so a dead peer is noticed after 7200 + 9 × 75 = 7875 s. A widespread text says probes go out “every 75 minutes, 10 times”: the interval is <b>seconds</b>, not minutes, and 10 is the old BSD count. tcplab shows the count as a setting.</p>\n"
            "<p>A related case: a peer that crashed and rebooted has no record of the connection, so the next segment it gets from its old partner, probe or data, is answered with RST. That is how a half-open connection is discovered.</p>\n");
        a.bodyZh = QString::fromUtf8(
            "<p>如果对方主机崩溃或网线被拔掉，不会有任何报文来通知这件事。一个双方都不发送数据的连接可以永远保持 ESTABLISHED：TCP 不发送就无从得知。保活机制（通过 SO_KEEPALIVE 为每个套接字单独开启）就是靠发送来探明情况。</p>\n"
            "<p>连接空闲一段时间后，保活计时器发送一个探测报文：一个序号比对方期望值小 1 的 ACK，活着的对方必须用 ACK 回答。如果没有应答，就重复探测；足够多的探测都没有应答之后，连接被撤销，应用程序得到“连接超时”。对方发来的任何报文段都会让空闲计时重新开始。</p>\n"
            "<p>具体数字：RFC 1122 §4.2.3.6 要求空闲时间的默认值<b>不少于两小时</b>。Linux 的默认值是空闲 <b>7200 秒</b>（tcp_keepalive_time）、每 <b>75 秒</b>探测一次（tcp_keepalive_intvl）、共探测 <b>9 次</b>（tcp_keepalive_probes），因此在 7200 + 9 × 75 = 7875 秒后发现对方已失效。流传很广的说法是“每 75 分钟探测一次，共 10 次”：间隔是 75 <b>秒</b>而不是分钟，10 次是老 BSD 的数字。tcplab 把探测次数作为一项设置来展示。</p>\n"
            "<p>相关的情形：崩溃后又重启的对方已经没有这个连接的任何记录，因此它从老伙伴那里收到的下一个报文段（无论是探测还是数据）都会得到 RST 回答。半开连接就是这样被发现的。</p>\n");
        list.append(a);
    }
    {
        ConceptArticle a;
        a.id = QStringLiteral("what-rst-does");
        a.titleEn = QString::fromUtf8("What RST does");
        a.titleZh = QString::fromUtf8("RST 做了什么");
        a.scenario = {QStringLiteral("abort-rst"), msToUs(600)};
        a.seeAlso = {{QStringLiteral("connection-refused"), msToUs(0)}, {QStringLiteral("close-with-unread-data"), msToUs(600)}, {QStringLiteral("half-open-discovery"), msToUs(0)}};
        a.bodyEn = QString::fromUtf8(
            "<p>A segment with the RST flag aborts a connection at once. There is no FIN exchange and <b>no TIME-WAIT</b>: the receiver goes straight to CLOSED and tells its application “connection reset” (or “connection refused” while it is still in SYN-SENT). Data still in flight or waiting in buffers is lost.</p>\n"
            "<p>A RST is sent:</p>\n"
            "<ul>\n"
            "<li>for a segment that matches no connection: a SYN to a port where nobody listens is answered with RST,ACK, so connect() fails with “connection refused”; data reaching a host that crashed and rebooted is answered with RST;</li>\n"
            "<li>by abort(): an application can end a connection this way instead of closing it (for example with SO_LINGER set to zero);</li>\n"
            "<li>on close() while received data is still unread: the kernel resets the connection so the peer learns that its data was not consumed (RFC 2525 §2.17).</li>\n"
            "</ul>\n"
            "<p>Because a reset is so powerful, it is <b>accepted only if its sequence number is in the receive window</b> (RFC 9293 §3.10.7.4); otherwise anyone who guessed the four addresses could kill connections. RFC 5961 narrows the rule further: only an exact match resets, other in-window RSTs get a challenge ACK. In SYN-SENT a RST counts only if it acknowledges our SYN.</p>\n"
            "<p>Common mistakes: “a RST is a network error” (it is a deliberate message) and “Ctrl+C sends RST” (killing a process normally closes its sockets with FIN; RST only when unread data remains).</p>\n");
        a.bodyZh = QString::fromUtf8(
            "<p>带 RST 标志的报文段会立即中止连接。没有 FIN 交换，也<b>没有 TIME-WAIT</b>：接收方直接进入 CLOSED，并告诉应用程序“连接被重置”（如果它还处于 SYN-SENT，则是“连接被拒绝”）。仍在途中或留在缓存里的数据全部丢失。</p>\n"
            "<p>以下情况会发送 RST：</p>\n"
            "<ul>\n"
            "<li>收到不属于任何连接的报文段：发往无人监听端口的 SYN 得到 RST,ACK 回答，connect() 以“连接被拒绝”失败；到达一台已崩溃并重启的主机的数据也得到 RST 回答；</li>\n"
            "<li>调用 abort()：应用程序可以这样结束连接，而不是正常关闭（例如把 SO_LINGER 设为 0）；</li>\n"
            "<li>在接收到的数据尚未读取时调用 close()：内核重置连接，让对方知道它的数据没有被处理（RFC 2525 §2.17）。</li>\n"
            "</ul>\n"
            "<p>正因为复位的威力很大，<b>只有序号落在接收窗口内的 RST 才会被接受</b>（RFC 9293 §3.10.7.4）；否则任何猜中四元组的人都能掐断连接。RFC 5961 把规则收得更紧：只有序号完全相等才复位，窗口内的其他 RST 得到一个挑战 ACK。在 SYN-SENT 状态下，RST 只有在确认了本方的 SYN 时才有效。</p>\n"
            "<p>常见错误：“RST 是网络出错”（它是有意发送的报文）；“按 Ctrl+C 会发送 RST”（杀死进程时内核通常用 FIN 关闭它的套接字；只有还有未读数据时才发送 RST）。</p>\n");
        list.append(a);
    }
    {
        ConceptArticle a;
        a.id = QStringLiteral("sequence-and-ack-numbers");
        a.titleEn = QString::fromUtf8("How sequence and acknowledgment numbers count");
        a.titleZh = QString::fromUtf8("序号和确认号是怎样计数的");
        a.scenario = {QStringLiteral("data-transfer"), msToUs(300)};
        a.seeAlso = {{QStringLiteral("three-way-handshake"), msToUs(110)}, {QStringLiteral("mss-pppoe"), msToUs(0)}};
        a.bodyEn = QString::fromUtf8(
            "<p>Every byte a side sends has a 32-bit sequence number, counted modulo 2<sup>32</sup>. The <b>seq</b> field of a segment numbers its first data byte; the <b>ack</b> field is the number of the next byte the sender expects to receive. The ack field means something only when the <b>ACK flag</b> is set: do not confuse the flag (one bit) with the field (a number). After the handshake every segment carries ACK=1.</p>\n"
            "<p>The initial sequence number (ISN) is <b>not zero</b>. Each side chooses it anew for every connection (RFC 9293 §3.4.1, RFC 6528), so that segments of an old connection are unlikely to fit a new one. tcplab's scenarios often fix it at 1000 and 5000 so that the numbers are easy to read.</p>\n"
            "<p><b>SYN and FIN each consume one sequence number</b>, although they carry no data. That is why the answer to SYN seq=1000 is ack=1001. For data the answer is <b>ack = seq + len</b>: 100 bytes sent with seq=1001 are acknowledged with ack=1101. “ack = seq + 1” holds only for SYN and FIN; using it for data is a common mistake.</p>\n"
            "<p>How much data fits in one segment is announced in the SYN as the MSS option: <b>MSS = MTU − 40</b> (a 20-byte IPv4 header plus a 20-byte TCP header without options). That gives <b>1460</b> on Ethernet (MTU 1500) and <b>1452</b> on PPPoE (MTU 1492).</p>\n");
        a.bodyZh = QString::fromUtf8(
            "<p>一方发送的每个字节都有一个 32 位的序号，按 2<sup>32</sup> 取模计数。报文段的 <b>seq</b> 字段是它第一个数据字节的序号；<b>ack</b> 字段是发送方期望收到的下一个字节的序号。只有置了 <b>ACK 标志</b>时 ack 字段才有意义：不要把标志（一个比特）和字段（一个数字）混为一谈。握手完成后，每个报文段都带 ACK=1。</p>\n"
            "<p>初始序号（ISN）<b>不是 0</b>。每一方为每个连接重新选取 ISN（RFC 9293 §3.4.1，RFC 6528），使旧连接的报文段很难恰好落进新连接。tcplab 的场景常把它固定为 1000 和 5000，便于阅读。</p>\n"
            "<p><b>SYN 和 FIN 各占用一个序号</b>，尽管它们不携带数据。所以对 SYN seq=1000 的回答是 ack=1001。对数据而言，回答是 <b>ack = seq + len</b>：以 seq=1001 发送的 100 字节用 ack=1101 确认。“ack = seq + 1”只对 SYN 和 FIN 成立，把它用在数据上是常见错误。</p>\n"
            "<p>一个报文段最多能装多少数据，在 SYN 中用 MSS 选项通告：<b>MSS = MTU − 40</b>（20 字节的 IPv4 首部加 20 字节不含选项的 TCP 首部）。以太网（MTU 1500）上是 <b>1460</b>，PPPoE（MTU 1492）上是 <b>1452</b>。</p>\n");
        list.append(a);
    }
    return list;
}

} // namespace

QString ConceptArticle::title(const QString &language) const
{
    return ConceptArticles::isChinese(language) ? titleZh : titleEn;
}

QString ConceptArticle::body(const QString &language) const
{
    return ConceptArticles::isChinese(language) ? bodyZh : bodyEn;
}

const QList<ConceptArticle> &ConceptArticles::all()
{
    static const QList<ConceptArticle> articles = buildArticles();
    return articles;
}

const ConceptArticle *ConceptArticles::find(const QString &id)
{
    for (const ConceptArticle &a : all()) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

QString ConceptArticles::language()
{
    const QVariant v = QCoreApplication::instance()
                           ? QCoreApplication::instance()->property(languageProperty)
                           : QVariant();
    if (v.isValid() && !v.toString().isEmpty())
        return v.toString();
    // Without the property: if the installed catalogue turns the browser's own title into
    // Chinese, the app speaks Chinese; else the default locale decides.
    const QString probe = QCoreApplication::translate("tcplab::ConceptsBrowser", "Concepts");
    for (QChar c : probe) {
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return QStringLiteral("zh_CN");
    }
    if (probe != QLatin1String("Concepts"))
        return QStringLiteral("en");
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void ConceptArticles::setLanguage(const QString &code)
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->setProperty(languageProperty, code);
}

bool ConceptArticles::isChinese(const QString &language)
{
    return language.startsWith(QLatin1String("zh"), Qt::CaseInsensitive);
}

} // namespace tcplab
