package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a message turns to a second matter: a clause that opens with 另外 / 顺便 / 对了 / 再就是 / 同时 and the like, with a
 * word of the README's main-problem rule (主要是, 关键是, 最恼火的是), with the question a greeting leads up to (早上好,
 * 想问一下,… ; 是这样的,…), after opening sentences that only greet or try the account out and after opening clauses that
 * try it out (测试一下能发吗，…: {@link #afterPreamble}), or with
 * 还有 followed by a pause, 就是, 个事 or a time (垃圾没人收臭得很，还有就是刚才垃圾站着火了) or opening a sentence
 * (路灯不亮好几天了。还有后院那个井里好像有人在喊) or, before a danger, a clause (…，还有小区门口有两个人在打架), with 另一个是
 * or 第二件事是 (两件事,一个是草坪被踩秃了,另一个是…). Only at the start of a clause, and not 还有 before a person, so
 * that 屋头还有人 and "墙都裂了 还有人在下面摆摊" (someone is still there) are no turn. After a correction of what was sent
 * (发错了, 不是转发: {@link #CORRECTION}) the rest is read from its end, and so after a clause that takes back what the
 * writer was saying before a present time word (哎不对，刚才…: {@link #TAKEN_BACK}), and after a question whether the
 * account is a person that opens the message (你是机器人还是真人啊？…: {@link #PERSON_QUESTION}). Returns the text from
 * each turn to the end, in the normalised form the models read.
 */
final class SecondMatter {

    /** The punctuation marks that end a clause ({@link FallenIn} reads clauses with the same marks). */
    static final String PUNCTUATION = ",，.。;；!！?？、:：…~";
    /** What ends a clause: a space or a punctuation mark ({@link FallenIn} ends its clauses there too). */
    static final String PAUSE = "[\\s" + PUNCTUATION + "]";
    /** Any character but a pause: the inside of a clause. */
    static final String NOT_PAUSE = "[^\\s" + PUNCTUATION + "]";
    /** A time word of the present, as it opens a clause. */
    private static final String PRESENT = "(?:现在|刚才|刚刚|今天|今早|今晚|这会儿|这回|这次|此刻|眼下)";

    /** A count before a person or a household (两个, 好几, 00…), digits being folded to 0 by the {@link Normaliser}. */
    static final String HOW_MANY = "(?:[一两二三四五六七八九十几0]+|好几)?个?";

    /**
     * 还有 in a clause after a comma or a space (or 、, which the normaliser makes a comma), as group 3 of {@link #TURN};
     * not before a person or a household (还有人, 还有两个娃, 还有小娃儿, 还有一家人, 还有几户, 还有老人), 点, 些, 股, 的 (the same
     * matter going on), or, within two characters, a word of a danger only feared or past (还有前年煤气爆炸那栋楼…).
     */
    private static final String STILL_MORE = "(?<=[，,\\s])(还有(?!点|一点|些|一些|好些|股|的|好多人|小娃|一家|" + HOW_MANY
            + "(?:人|娃|小孩|孩子|老|户)|[^，,。.!！?？]{0,2}(?:真要|要是|万一|如果|假如|怕|哪天|以后|将来|去年|前年|上个?月|上回"
            + "|上次|那回|那次|那年|以前|之前|前几天|前阵子)))";

    /**
     * A clause start (the message's or after a separator), then the word that brings in another matter: a turn word
     * (group 1; also a time word after a word of contrast: …本来想问社保 结果刚才他说胸口痛), or a bare time word of the
     * present (group 2: …上个月着过一回火 今天又着了; …消防通道被堵了好久,今天楼下电瓶车着火了), where what was told before it
     * must not be read into what is happening now, or 还有 after a comma or a space (group 3, the rest read from after it:
     * "我家电瓶车被偷了想报一下，还有小区门口有两个人在打架，一个已经拿刀了", the seventy-eighth round). Mid-sentence, 还有 goes
     * on with the same matter as often as it adds one (…墙都裂开了，还有一家人住在里面; …水发黄，还有股怪味), and read alone the
     * rest can look like a danger it is not (楼下面馆的抽油烟机声音也大 scores 0.59 alone, 小娃儿在旁边看 0.999): group 3 is read
     * only when a danger phrase follows (new or not beside what came before, unlike after a bare time word), after
     * every other turn, and not before a person or a household, 点, 些, 股, 的, a word of a danger only feared or past
     * (…，还有真要着火了人都跑不出去), nor after news or a forwarded article ({@link #REPORTED}: 看了电视新闻，还有…).
     */
    private static final Pattern TURN = Pattern.compile("(?:^|" + PAUSE + ")(?:("
            + "还有(?=[\\s,，:：]|就是|个事|一个事|一件事|件事|个问题|一个问题|刚才|刚刚|现在|今天|昨天|今早|今晚)"
            + "|(?<=[.。!！?？…~]\\s?)还有(?!人|个人|一个人|0个人|两个人|几个人|好几个人|些人|好多人|个老|一个老|老人"
            + "|小孩|个小孩|一个小孩|孩子|娃)"
            + "|另一(?:个|件)(?:事)?(?:是|呢)|第二(?:个|件)(?:事|问题)?(?:是|呢)"
            + "|另外|顺便|(?:哦|噢|喔|哎|诶|啊)?对了|再就是|再一个|其次|(?:与此)?同时(?!提醒|希望|请|也)|此外|除此之外|and also|another thing"
            + "|(?:不过)?先说(?:一下|个事|件事)?|说(?:个|件)事|说正事|言归正传|其实是|重点是"
            + "|(?:我|就)?想?问(?:你们?|您)?(?:一下|下|个事|件事)|是这样的?|事情是这样的?"
            + "|(?:最)?主要(?:的)?是|我?主要想(?:问|说)|最恼火的是"
            + "|而且|更急的是|更要紧的是|最要紧的是|更要命的是|最要命的是|关键是|我转这个是因为|转这个是因为"
            + "|(?:结果|可是|可|但是|但|不过|哪晓得|哪知道|谁知道|没想到)" + PRESENT + ")|(" + PRESENT + ")|" + STILL_MORE + ")");

    /**
     * The opening sentences that only greet, try the account out or apologise for the trouble (你好,第一次用这个号。
     * 早上好,不太会用。打扰了! 新年快乐!给网格员拜个早年~ 请问这个公众号是管什么的?): what follows them is the matter,
     * read by itself too. Whole, such a message reads like
     * the chit-chat and tests that the corpora label OTHER, and a danger told after it scored low: 0.027 for
     * "你好,第一次用这个号。想问一下,隔壁工地有人从楼上掉下来了,这种事是找你们吗?", 0.54 without the greeting. A sentence
     * counts only when nothing but these words is left in it ({@link #GREETING}), so that "不好意思,上个月的事了。" or
     * "你好,我家老人晕倒了!" are no preamble; and only when ended by its punctuation, which says where it ends (the
     * clauses of a test of the account end at a comma too: {@link #afterTryingOut}).
     */
    private static final Pattern SENTENCE = Pattern.compile("([^。!！?？…~]{1,60}?)(?:[。!！?？…~]|(?<!0)\\.)+\\s*");
    /** The words of a sentence that only greets ({@link #GREETING}); {@link #TRIAL} reads them too. */
    private static final String GREETING_WORDS = "你好|您好|早上好|上午好|中午好|下午好|晚上好|大家好"
            + "|在吗|在不在|有人吗|试一下|试试|测试|第一次用|不太会用|不会用|刚关注|新关注|打扰了|打扰一下|打扰|不好意思"
            + "|新年快乐|新年好|过年好|节日快乐|拜个早年|拜年|辛苦了|给|你们|请问|管什么|干什么|干嘛|做什么"
            + "|网格员|这个|公众号|账号|号|能不能用|能用吗|用|一下|我|是|的|了|啊|呀|哈|呢|吗|嘛|哦|喂"
            + "|[\\s,，、:：;；]";
    private static final Pattern GREETING = Pattern.compile("(?:" + GREETING_WORDS + ")*");
    /** At most this many opening sentences, of at most 60 characters each, are taken as a preamble. */
    private static final int PREAMBLE_SENTENCES = 3;

    /** The words that try the account out (测试, 试试, 能发吗, 收得到吗, 发得出去吗). */
    private static final String TRY_OUT_WORDS = "测试|试一下|试下|试试|试一试|试看|能发|发得出去|发得出|发出去|能收到|收得到"
            + "|能不能用|能用吗|好不好用";
    private static final Pattern TRY_OUT = Pattern.compile(TRY_OUT_WORDS);
    /**
     * A clause that only greets or tries the account out: the words of a greeting ({@link #GREETING_WORDS}), those of
     * {@link #TRY_OUT_WORDS}, what is tried (小程序, 平台, 系统, 微信, 消息: 测试一下这个小程序) and 看, 就, 先, 不, 发个, 发条
     * (我就试试, 我试试看, 先测试一下, 能收到不, 发条消息试试).
     */
    private static final Pattern TRIAL = Pattern.compile("(?:" + TRY_OUT_WORDS + "|" + GREETING_WORDS
            + "|小程序|平台|系统|微信|消息|发个|发条|发一下|看|就|先|不)*");
    /**
     * A remark on the account in a clause of its own (你们这小程序挺好用的, 这个机器人真智能啊): read over like a greeting
     * among the clauses of a test ({@link #afterTryingOut}), but no test itself.
     */
    private static final Pattern ACCOUNT_REMARK = Pattern.compile("(?:哈哈|哈|嗯|哇)?(?:你们|你)?(?:这个|这)?(?:小程序|公众号"
            + "|机器人|号|平台|系统)(?:真|挺|还挺|蛮|好|很|太|还)?(?:好用|智能|方便|不错|厉害|灵|快)(?:的|了)?(?:啊|呀|嘛|哦|哈)*");
    /** An opening clause of at most 30 characters and the pauses after it (a comma, a space, a full stop…). */
    private static final Pattern OPENING_CLAUSE = Pattern.compile("(" + NOT_PAUSE + "{1,30})" + PAUSE + "+");
    /**
     * What makes the rest of a test a test too, or no more than the test's own small news: a case made up (比如说, 打个
     * 比方, 假装, 模拟), taken back (开玩笑 but not 不是开玩笑, 骗你的, 假的), a question of how the account answers (你们来不来,
     * 多久到, 会怎么回, 管不管), something seen in a video or the news, or a matter told as over or slight (已经, 还好, 没事,
     * 差点, 拉开了, 创可贴). "测试一下，比如说着火了你们来不来" read from 比如说 scored 0.87, "测试，我手指被刀划了一下，流了点血，
     * 贴了创可贴" from 我 0.33; of an aimed review's 100 such messages the reading raised 68 without this check, 26 with it
     * (the models alone, 22). Read whole, as before the ninety-eighth round, such a message is left to the models.
     */
    private static final Pattern PRETEND = Pattern.compile("比如|比方|譬如|假如|假设|假使|假装|打个比|举个例|模拟|演习|演练"
            + "|(?<!不是|没|没有|没跟你|不跟你)开(?:个)?玩笑|骗你|逗你|假的|试试你|试下你|来不来|会不会来|会来吗|多久|几分钟|多长时间"
            + "|马上来|怎么回|咋回|回不回|管不管|有没有人管|反应|视频|电影|新闻|已经|还好|幸好|好在|没事|没得事|冇事|差点|拉开|劝开"
            + "|劝住|不打了|创可贴|包好|退了");
    /** At most this many opening clauses are read for a test of the account ({@link #afterTryingOut}). */
    private static final int TRIAL_CLAUSES = 5;
    /**
     * The account's working made the condition of what follows, in a clause of its own (能用的话, 收到的话, 如果有人看到的话,
     * 发得出去的话): after a test of the account, the report begins after it ("测试一下能不能用……能用的话，我们3栋电梯卡住了，
     * 我妈在里面").
     */
    private static final Pattern IF_IT_WORKS = Pattern.compile("(?:如果|要是|假如)?(?:有人)?(?:能用|好用|能收到|收到|收得到"
            + "|能看到|看到|看得到|看见|能回|回|发出去|发得出去)(?:了的话|的话)" + PAUSE + "+");

    /**
     * Where the matter begins after the opening sentences that only greet, and after the clauses of a test of the
     * account ({@link #afterTryingOut}), or -1 when none does.
     */
    private static int afterPreamble(String normal) {
        Matcher sentence = SENTENCE.matcher(normal);
        int at = 0;
        for (int n = 0; n < PREAMBLE_SENTENCES && at < normal.length(); n++) {
            if (!sentence.region(at, normal.length()).lookingAt()) {
                break;
            }
            if (!GREETING.matcher(sentence.group(1)).matches()) {
                break;
            }
            at = sentence.end();
        }
        at = afterTryingOut(normal, at, TRY_OUT.matcher(normal).region(0, at).find());
        return at > 0 && at < normal.length() ? at : -1;
    }

    /**
     * Where the matter begins after the clauses from {@code at} that only greet, try the account out ({@link #TRIAL})
     * or remark on it ({@link #ACCOUNT_REMARK}), each ended by any pause — a comma or a space too, not only a full stop
     * ("测试一下能发吗，我家隔壁着火了"; "哈哈，你们这小程序挺好用的，我试试看，哎呀，我家油锅着了") — and after a condition
     * on the account's working told after them ({@link #IF_IT_WORKS}). Only when the account is tried out in them or
     * before {@code at} ({@code tried}): after "你好，" or a remark alone a comma ends no preamble, as the sentences of
     * {@link #afterPreamble} do not; and not when what follows is part of the test ({@link #PRETEND}: 比如说着火了你们来不来).
     * {@code at} itself otherwise.
     */
    private static int afterTryingOut(String normal, int at, boolean tried) {
        Matcher clause = OPENING_CLAUSE.matcher(normal);
        int end = at;
        for (int n = 0; n < TRIAL_CLAUSES && end < normal.length(); n++) {
            if (!clause.region(end, normal.length()).lookingAt()) {
                break;
            }
            String words = clause.group(1);
            if (TRIAL.matcher(words).matches()) {
                tried |= TRY_OUT.matcher(words).find();
            } else if (!ACCOUNT_REMARK.matcher(words).matches()) {
                break;
            }
            end = clause.end();
        }
        if (!tried || PRETEND.matcher(normal).region(end, normal.length()).find()) {
            return at;
        }
        Matcher condition = IF_IT_WORKS.matcher(normal);
        return condition.region(end, normal.length()).lookingAt() ? condition.end() : end;
    }

    /**
     * A clause in which the writer speaks of what they see or live through now (我刚在渠边看见…, 我家厨房现在…): the
     * first person opening the clause, a present-time word within its first words. After a forwarded article or a
     * remark about the account ("【转发】暑期防溺水安全提示……看到这个想起来，我刚在渠边看见有个娃掉下去了"), it is where the
     * writer's own report begins; {@link TrainedClassifier} reads from it only in a message that reads as no report.
     * The clause may give its reason first ("这篇我转给你们，因为我邻居屋里现在就是在烧炭"), and its now may be a danger going on
     * (正冒, 正在烧, 正往下…: "我就是想看看这个号是不是真人回复的，要是真人的话，我们巷子口那户人家屋里正冒着黑烟", the sixty-ninth
     * round) — not any 正在, which a forwarded notice's "我们正在开展…" opens too, ahead of the writer's own clause.
     */
    private static final Pattern WITNESS_NOW = Pattern.compile("(?:^|" + PAUSE + ")((?:是?因为)?(?:我|我们|俺|咱)"
            + "[^\\s,，.。;；!！?？]{0,12}?(?:刚才|刚刚|刚|现在|这会儿|此刻|眼下|正(?:在)?(?:冒|烧|往下|往外|从)))");

    /** Where the first clause in which the writer speaks of now ({@link #WITNESS_NOW}) begins, or -1. */
    static int witnessNow(String normal) {
        Matcher m = WITNESS_NOW.matcher(normal);
        while (m.find()) {
            if (m.start(1) > 0) {
                return m.start(1);
            }
        }
        return -1;
    }

    /**
     * A clause that tells a danger going on (对面那家的仓房正烧着呢, 铁皮正往下飞, 屋里正冒着黑烟), whoever it opens with: after
     * another matter told first with no word that turns to it ("早市占道占得车都过不去，消防车也进不来，对面那家的仓房正烧着呢"),
     * read whole such a message is the first matter. It is read like a bare time word: alone, and only when a danger
     * follows that is news beside the part before it ({@link TextFeatures#namesNewDanger}); only the first such
     * clause, so that an article's several cannot crowd out the writer's own, and none after a frame that says the
     * danger is not the writer's now ({@link #FRAMED}).
     */
    private static final Pattern GOING_ON = Pattern.compile("(?:^|" + PAUSE + ")(" + NOT_PAUSE + "{0,12}?正(?:在)?"
            + "(?:冒|烧|往下|往外|从))");
    /**
     * What before such a clause says its danger is not the writer's now: a past (去年, 上回, 那次…), news, a forwarded
     * article or notice, a complaint (投诉: "楼下饭店正往外冒油烟"). Read alone, the clause would lose that frame.
     */
    private static final Pattern PRESENT_WORD = Pattern.compile(PRESENT);
    /**
     * What before 还有 says that what it adds is not the writer's now: news, a forwarded article (看了电视新闻，还有地震那边
     * 房子塌了…). Not a past or a complaint, which belong to the first matter that 还有 adds to.
     */
    private static final Pattern REPORTED = Pattern.compile("新闻|看电视|电视(?:上|里|台)|(?<!不是|唔系)转发|[【《]");
    private static final Pattern FRAMED = Pattern.compile("去年|前年|上个?月|上回|上次|那回|那次|那年|以前|之前|前几天"
            + "|前阵子|新闻|(?<!不是|唔系)转发|【|提醒|提示|投诉");

    /** The account asked about (你, 你们) and the verb of the question (是, 是不是): see {@link #YOU_ARE}. */
    private static final String YOU = "(?:你们|你)";
    private static final String IS = "(?:是|是不是)";
    /**
     * Asking the account what it is (你是, 你们是不是): the start of {@link #ROBOT_QUESTION}; {@link #PERSON_QUESTION} takes
     * 这 between the two too (你们这是).
     */
    private static final String YOU_ARE = YOU + IS;
    /** A shrug after a test of the account (算了不管了): what follows is the matter. */
    private static final String SHRUG = "算了不(?:管|问)了";
    /** The question and a shrug right after it are one correction, so that the rest is not read twice. */
    private static final String ROBOT_QUESTION = YOU_ARE + "机器人(?:吗|嘛|么|吧|啊)(?:" + PAUSE + "*" + SHRUG + ")?";

    /**
     * A message that opens by asking whether the account is a person or a robot, in the forms {@link #ROBOT_QUESTION}
     * does not hold (你是机器人还是真人啊, 你们是真人吗, 你是真人不, 你们是人工还是机器人), with nothing before it but greeting
     * words and pauses (你好, 你们好, 哈哈, 请问, 喂, 在吗, 嗯, 那个), and a shrug after it or not (算了不管了): what follows is
     * the matter, read alone whatever it names, in place of a bare time word there (你是真人吗?刚才…). Set 535's "你是机器人还是
     * 真人啊？我跟你说，我孙子刚才下河捞鞋，到现在没上来，我在河沿这呢" read whole was chit-chat (OTHER, emergency
     * probability 0.000; the eighty-third round). Only at the opening: after a dream, a film, a scam call, a test or a
     * danger already over (昨晚上做了个噩梦…你是真人吗 我家着火了…) the question does not end the frame, and a red team
     * found 12 wrong alarms in 110 such messages before the round's seal when it was read anywhere. Not 不会, 不能 or
     * 不用 after 是真人 (你是真人不会回我吧), which go on with the question. Also with 这 (你们这是真人还是机器人啊), and a test of
     * the account told right after it is read over as well ({@link #afterTryingOut}: "你们这是真人还是机器人啊，我就试试，
     * 俺们楼下有个人倒那了，一直抽抽。", 0.001 whole; the ninety-eighth round).
     */
    private static final Pattern PERSON_QUESTION = Pattern.compile("(?:你们好|你好|您好|哈喽|哈|嗨|喂|请问|在吗|在不在|嗯|那个"
            + "|" + PAUSE + ")*" + YOU + "这?" + IS + "(?:机器人|真人|人工智能|人工)"
            + "(?:还是(?:真人|机器人|人工智能|人工|活人|人类|人)(?:啊|呀|呢|哦|嘛|吗)?|吗|嘛|么|吧|啊|不(?:是)?(?![会能用]))"
            + "(?:" + PAUSE + "*" + SHRUG + ")?" + PAUSE + "*");

    /**
     * A correction of what was sent before it (发错了, 转错了, 不是转发, 唔系转发): the forwarded article or the wrong text
     * before it is not the matter, what follows it is ("转发：【冬季用火安全常识】……不好意思发错了，我是想说楼下垃圾房现在着火了").
     * Read whole, the article's words (转发, 【, 常识) made such a message a forwarded article; the rest is read from
     * the end of the correction, so that its own 转发 is not read as one. So too the end of a joke or a test of the
     * account (不开玩笑了, 说真的, 说正经的: "哈哈你们这个机器人会回复吗？不开玩笑了，我邻居家小孩误喝了农药") and a video or photo
     * said to be of here ("刚刚群里发的那个视频就是我们这里，…那个铺面现在还在烧"): read whole, each was a test or a forwarded
     * video to the models (the forty-ninth round's misses). So too a question whether the account is a robot and a
     * shrug after it (你们是机器人吗, 算了不管了: "哈哈你们是机器人吗？算了不管了，我家隔壁院子里一个人从房顶上摔下来了", the
     * fifty-second round's miss).
     */
    private static final Pattern CORRECTION = Pattern.compile(
            "(?:发错群了?|发错了?|转错了?|(?:不是|唔系|唔係)转发(?:的|嘅)?|不开玩笑了?|不是开玩笑|说正经的|说真的|讲真的"
                    + "|(?:视频|图片|照片)(?:里|上)?(?:的)?就是我们(?:这里|这儿|这边|小区|楼下|村)"
                    + "|" + ROBOT_QUESTION + "|" + SHRUG + ")" + PAUSE + "*");

    /**
     * A clause that takes back what the writer was saying (不对, 不对不对 or 不对，不对, after 哎, 诶, 唉 or 哎呀 or not) before a
     * present time word: what follows is read even when it names no danger phrase, which a bare time word alone needs.
     * "哈哈跟你们唠个嗑，我在江边冬泳呢，哎不对，刚才下去那个老哥半天没上来了，冰窟窿那就剩个泡了" read whole is chit-chat
     * (OTHER, emergency probability 0.02), read from 刚才 a drowning (0.98; hard set 531's miss, the eighty-second
     * round), but 没上来 and 剩个泡 are in no danger phrase. Only before a present time word: far more often 不对
     * corrects a detail of a story, a drill or a fear, and the rest goes on with it (前年冬天 不对 大前年冬天 俺们屯子有个
     * 老爷们掉冰窟窿里了…, 有个大爷 不对 是个大妈 突然就倒了…; 12 wrong alarms in 300 red-team messages written against the
     * rule before the round's seal). Only as a clause of its own, so that 不对劲 and 说得不对 are none, and not after a clause
     * ending with a time word ({@link #TIME_ENDED}), which the present word only corrects, the sentence going on
     * ("我电动车让人偷了，昨晚，不对，刚才，就在楼下…", "要是冬天 不对 今天这天儿 有人掉冰窟窿里了 咱咋救": a fifth red team's 2 wrong alarms in 150).
     */
    private static final Pattern TAKEN_BACK = Pattern.compile("(?:^|(?<=" + PAUSE + "))(?:(?:哎呀|哎|诶|唉)" + PAUSE
            + "*)?不对(?:" + PAUSE + "*不对)*" + PAUSE + "+(?=" + PRESENT + ")");
    /**
     * A clause ending with a time word (昨晚, 要是冬天, 前天下午, 那年, 上礼拜, 上次, 以前, 0点: digits are 0 to the
     * {@link Normaliser}), listed as words, so that 聊聊天 and 有点 are none.
     */
    private static final Pattern TIME_ENDED = Pattern.compile("(?:(?:今|昨|前|明|后|那|这|当|每|整|一)(?:天|晚|早|夜)"
            + "(?:上|里)?|上午|中午|下午|傍晚|晚上|早上|半夜|凌晨|夜里|[冬夏春秋]天|(?:去|前|今|明|那|这)年"
            + "|(?:上|这|下|那)个?(?:月|周|礼拜|星期)|(?:上|这|下|那)(?:次|回)|[0一二三四五六七八九十两]+(?:点|号|月|年)"
            + "|那(?:时候|会儿|阵)|以前|之前|当时|小时候)"
            + PAUSE + "*$");

    /**
     * A fight or a quarrel (打架, 打起来, 干仗, 吵架, 动手…) told as ended (拉开, 劝住, 散了, 走了, 跑了, 打完, 消停…): what
     * follows the end, once the remarks on the fight are passed over ({@link NobodyAtRiskNow#remarkOnTheFight}: 没人受伤,
     * 地上还有点血, 桌子掀翻了), is read alone, whatever it names, pause or none after the end (两个人打架拉开了一家的娘们喝了
     * 敌敌畏). Read whole, "宾馆门口两个人打架，保安拉开了，然后一个人开车把保安撞飞了" is a fight story to the models (public
     * order, 0.00), though what comes after such an end is as often the emergency as a remark (the eighty-ninth round's
     * red teams: 72 of 400 such emergencies missed; the ninetieth's: 17 of 300, 9 with this reading). Each fight word in
     * turn, with the first end after it, until one is read. Not a fight told in its sentence as before today
     * ({@link #FIGHT_BEFORE_TODAY}: 昨晚…打架，现在散了，一个脸都肿了), where what it left, read alone, reads as now; nor one
     * told as news, a drill, a dream or a story ({@link #FIGHT_NOT_HERE}), nor between animals (两只狗打架). The cost is
     * the models' reading of a short clause about a person alone: "两个人打架，拉开了，一个人的假牙掉了，在地上找" pages the
     * centre (the ninetieth round's code review: of its 371 emergencies 34 missed before, 4 with this reading; of its 169
     * near misses 53 flagged before, 71 with it).
     */
    private static final Pattern FIGHT_OR_QUARREL = Pattern.compile("打架|打群架|打起来|打了起来|打起|打了一架|打人|打成一团"
            + "|打捶|打锤|扯起打|干仗|干架|干起来|干了一架|掐架|掐起来|吵架|吵了起来|骂起来|撕扯|抓扯|扭打|斗殴|互殴|推搡|动手"
            + "|动起手|闹事|捶");
    /**
     * An end of a fight, not one denied (没拉开, 没有散): reading begins after it and any particle and pause. Wider than the
     * end words of {@link NobodyAtRiskNow}'s fight over (a bare 走了, 拉住, 制止, 消停…) on purpose: that list holds a
     * message below the threshold and must stay closed, this one only reads more of it.
     */
    private static final Pattern FIGHT_ENDED = Pattern.compile("(?<!没|没有|未|不)(?:劝开|拉开|扯开|拽开|分开|劝走|劝住|劝好"
            + "|劝下来|拉住|拉走|制止|散了|散伙|散场|走了|跑了|各走各|各回各家|回家了|打完|停手|不打了|没打了|不吵了|消停|平息"
            + "|没事了|结束了)(?:了|咧|哒|咗|嘞|后|以后|之后)?" + PAUSE + "*");
    /** A fight told as before today (昨晚, 前天, 前几天, 上回…) in its sentence: what followed it was not now either. */
    private static final Pattern FIGHT_BEFORE_TODAY = Pattern.compile("昨|前天|前晚|前几天|前阵子|上回|上次|上个?月|上周"
            + "|上个?礼拜|上个?星期|去年|前年|那回|那次");
    /** A fight told as not here and now: news, a drill, a dream, a story, a video. */
    private static final Pattern FIGHT_NOT_HERE = Pattern.compile("新闻|电视|转发|【|《|梦|演练|演习|模拟|电影|小说|剧里|剧中"
            + "|视频里|视频上|看视频|段子");
    /**
     * Animals right before the fight word (两只狗打架, 我家狗和他家狗打起来了), not an animal anywhere before it: 为了鸡毛蒜皮的事
     * 打起来了 is people.
     */
    private static final Pattern ANIMALS = Pattern.compile("(?:只|狗|猫|鸡|鸭|鹅|牛|羊|猪)(?:在|又|都|也)?$");
    private static final Pattern SENTENCE_END = Pattern.compile("[。!！?？]");
    private static final Pattern CLAUSE = Pattern.compile("(" + NOT_PAUSE + "+)(?:" + PAUSE + "+|$)");

    /**
     * A matter played down at the end of its clause (这个不急, 就算了, 倒还好, 先不管): by the README's main-problem rule the
     * other matter is the main one, and what follows is read alone ("电瓶车昨晚被偷了，这个不急。我妈在家突然说看不清东西，
     * 半边身子发麻": read whole, the theft told first made it public order).
     */
    private static final Pattern PLAYED_DOWN = Pattern.compile(
            "(?:这个|那个|这事|这件事|那件事)?(?:倒)?(?:不急|不着急|就算了|还好说|先不管|先不说了?|倒还好)" + PAUSE + "+");

    /**
     * The turn words that add another matter to the one told first (另外, 顺便, 对了, 再就是, 还有, 此外…), as against those
     * that say which matter is the main one, bring in the present after a story, or correct what was sent: after them
     * the first matter still stands as told. Not 同时, which as often goes on with the same event ("电瓶车着火了，与此同时
     * 物业的人冲上去，火已经灭了"): the first matter is not read apart from its own end after it.
     */
    private static final Pattern ANOTHER = Pattern.compile(
            "还有|另一|第二|另外|顺便|(?:哦|噢|喔|哎|诶|啊)?对了|再就是|再一个|其次|此外|除此之外|and also|another thing");

    /** Where the clause holding {@code at} begins: after the last pause ({@link #PAUSE}) before it, or at 0. */
    static int clauseStart(String normal, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = normal.charAt(i);
            if (Character.isWhitespace(c) || PUNCTUATION.indexOf(c) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Where the first matter ends when another is added after it ({@link #ANOTHER}: "路面塌了个大坑，一辆电动车连人掉进去了，
     * 人卡在下面，另外这条路路灯也不亮"), or -1 when no such word turns the message. Read whole, such a message leans towards
     * the matter told last as much as a message with a second matter leans towards the first.
     */
    static int firstMatterEnd(String normal) {
        return firstMatterEnd(turns(normal));
    }

    /** Where the first matter ends among the turns {@link #turns} found (they are in order), or -1. */
    static int firstMatterEnd(List<Turn> turns) {
        return turns.stream().filter(Turn::addsMatter).mapToInt(Turn::at).findFirst().orElse(-1);
    }

    /**
     * A turn: where the rest begins, whether the rest is read only when it names a danger (a bare time word such as 现在
     * or 刚才 with no word of contrast before it, a clause telling a danger going on, 还有 after a comma), whether its
     * word adds another matter after the first ({@link #ANOTHER}), and whether it is 还有 after a comma, read after every
     * other turn so that it never takes the place of one (its first matter is not read alone: 还有 mid-sentence goes on
     * with the same matter as often as it adds one).
     */
    record Turn(int at, boolean needsDanger, boolean addsMatter, boolean stillMore) {

        Turn(int at, boolean needsDanger, boolean addsMatter) {
            this(at, needsDanger, addsMatter, false);
        }

        Turn(int at, boolean needsDanger) {
            this(at, needsDanger, false);
        }
    }

    /**
     * At most this many turns are scored: each is a whole second reading of the rest of the message, and a message of
     * nothing but "对了，对了，…" must not cost hundreds of readings in the reply's time.
     */
    static final int MAX_TURNS = 3;

    /**
     * At most this many turns are found: more than are scored, since a turn that needs a danger (a bare time word…)
     * with none after it is passed over and the others are read after the turn words (现在…，现在…，今天…，另外三楼有人倒了
     * still reaches 另外), and each is only a look or two for a danger phrase (the rest, and the part before it).
     */
    static final int MAX_FOUND = 16;

    private SecondMatter() {
    }

    static List<Turn> turns(String normal) {
        List<Turn> turns = new ArrayList<>(1);
        int preamble = afterPreamble(normal);
        if (preamble > 0) {
            turns.add(new Turn(preamble, false));
        }
        Matcher m = TURN.matcher(normal);
        List<Integer> stillMore = new ArrayList<>(0);
        while (turns.size() < MAX_FOUND && m.find()) {
            if (m.start(3) >= 0) {
                stillMore.add(m.end(3));
                continue;
            }
            int at = m.start(1) >= 0 ? m.start(1) : m.start(2);
            if (at > 0 && at != preamble) {
                turns.add(new Turn(at, m.start(1) < 0,
                        m.start(1) >= 0 && ANOTHER.matcher(m.group(1)).lookingAt()));
            }
        }
        Matcher correction = CORRECTION.matcher(normal);
        while (turns.size() < MAX_FOUND && correction.find()) {
            if (correction.end() < normal.length()) {
                turns.add(new Turn(correction.end(), false));
            }
        }
        // After the corrections, which hold 你们是机器人吗 anywhere: the same question at the opening is read once, and a
        // bare time word right after it (你是真人吗?刚才…) is read whatever follows.
        Matcher asked = PERSON_QUESTION.matcher(normal);
        // The question asked with 这 (你这是机器人吧, the ninety-eighth round's form) is not read before a test's pretence.
        boolean opens = asked.lookingAt();
        if (opens && asked.end() < normal.length()
                && !(asked.group().contains("这") && PRETEND.matcher(normal).region(asked.end(), normal.length()).find())) {
            int asks = asked.end();
            int at = afterTryingOut(normal, asks, false);
            // A test told after the question (你是机器人吗？我试试，…): the rest is read once, from after the test.
            if (at > asks) {
                turns.removeIf(t -> t.at() == asks && !t.needsDanger());
            }
            if (at < normal.length()) {
                readWhateverFollows(turns, at);
            }
        }
        Matcher takenBack = TAKEN_BACK.matcher(normal);
        while (takenBack.find()) {
            int from = takenBack.start();
            int at = takenBack.end();
            // Not after a time (昨晚，不对，刚才), nor where a turn read whatever follows begins in the words taken back
            // (发错了,不对,刚才…: the correction reads nearly the same rest already).
            if (TIME_ENDED.matcher(normal).region(0, from).find()
                    || turns.stream().anyMatch(t -> !t.needsDanger() && t.at() >= from && t.at() <= at)) {
                continue;
            }
            readWhateverFollows(turns, at);
        }
        Matcher playedDown = PLAYED_DOWN.matcher(normal);
        while (turns.size() < MAX_FOUND && playedDown.find()) {
            int at = playedDown.end();
            // 倒还好,主要是…: the main-problem word after it is a turn at the same place already (a bare time word there
            // is read only when a danger follows, so it does not count).
            if (at < normal.length() && turns.stream().noneMatch(t -> t.at() == at && !t.needsDanger())) {
                turns.add(new Turn(at, false));
            }
        }
        Matcher goingOn = GOING_ON.matcher(normal);
        if (turns.size() < MAX_FOUND && goingOn.find()) {
            int at = goingOn.start(1);
            if (at > 0 && !framed(normal, at, turns) && turns.stream().noneMatch(t -> t.at() == at)) {
                turns.add(new Turn(at, true));
            }
        }
        int fightsEnd = afterFightsEnd(normal);
        if (fightsEnd < normal.length()) {
            readWhateverFollows(turns, fightsEnd);
        }
        // Last, so that they never crowd out the others; not where another turn reads nearly the same rest (路灯坏了，
        // 还有对面仓房正烧着呢 is a danger going on from 还有 already), nor after news or a forwarded article.
        for (int at : stillMore) {
            if (turns.size() < MAX_FOUND && at < normal.length() && !framed(normal, at, turns, REPORTED)
                    && turns.stream().noneMatch(t -> t.at() >= at - 2 && t.at() <= at)) {
                turns.add(new Turn(at, true, false, true));
            }
        }
        turns.sort(Comparator.comparingInt(Turn::at));
        return turns;
    }

    /**
     * Where what follows a fight's end begins ({@link #FIGHT_OR_QUARREL}), its remarks passed over: the length of the
     * text when there is no such end or nothing but remarks follows it.
     */
    private static int afterFightsEnd(String normal) {
        Matcher fought = FIGHT_OR_QUARREL.matcher(normal);
        Matcher ended = FIGHT_ENDED.matcher(normal);
        int from = 0;
        while (fought.find(from) && ended.find(fought.end())) {
            int sentence = 0;
            Matcher stop = SENTENCE_END.matcher(normal).region(0, fought.start());
            while (stop.find()) {
                sentence = stop.end();
            }
            if (!FIGHT_BEFORE_TODAY.matcher(normal).region(sentence, ended.start()).find()
                    && !FIGHT_NOT_HERE.matcher(normal).region(0, ended.start()).find()
                    && !ANIMALS.matcher(normal).region(sentence, fought.start()).find()) {
                return afterRemarks(normal, ended.end());
            }
            from = ended.end();
        }
        return normal.length();
    }

    /** Where the first clause from {@code at} that is not a remark on a fight over begins: the end when there is none. */
    private static int afterRemarks(String normal, int at) {
        Matcher clause = CLAUSE.matcher(normal).region(at, normal.length());
        while (clause.lookingAt() && NobodyAtRiskNow.remarkOnTheFight(clause.group(1))) {
            at = clause.end();
            clause.region(at, normal.length());
        }
        return at;
    }

    /**
     * A turn at {@code at} read whatever follows, in place of one there that needs a danger phrase (a bare time word:
     * 哎不对，刚才…, 你是真人吗?刚才…), unless one read whatever follows is there already or {@link #MAX_FOUND} are found.
     */
    private static void readWhateverFollows(List<Turn> turns, int at) {
        turns.removeIf(t -> t.at() == at && t.needsDanger());
        if (turns.size() < MAX_FOUND && turns.stream().noneMatch(t -> t.at() == at)) {
            turns.add(new Turn(at, false));
        }
    }

    /**
     * Whether the text before {@code at} frames what follows as not the writer's now ({@link #FRAMED}), reading it only
     * from the last turn or present-time word before it: "上个月隔壁起过火，刚才又闻到焦味，楼道里那台电瓶车正在冒烟" is a
     * present danger after a past one.
     */
    private static boolean framed(String normal, int at, List<Turn> turns) {
        return framed(normal, at, turns, FRAMED);
    }

    /** Whether the text before {@code at}, read as {@link #framed(String, int, List)} reads it, holds {@code frame}. */
    private static boolean framed(String normal, int at, List<Turn> turns, Pattern frame) {
        int from = turns.stream().mapToInt(Turn::at).filter(t -> t < at).max().orElse(0);
        Matcher present = PRESENT_WORD.matcher(normal).region(from, at);
        while (present.find()) {
            from = present.end();
        }
        return frame.matcher(normal).region(from, at).find();
    }

    /** The text from each turn to the end. */
    static List<String> after(String normal) {
        return turns(normal).stream().map(t -> normal.substring(t.at())).toList();
    }
}
