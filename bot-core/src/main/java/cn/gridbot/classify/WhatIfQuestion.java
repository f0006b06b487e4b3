package cn.gridbot.classify;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question of what to do if a danger happens ("要是半夜屋头着火了，应该先打哪个电话", "请问如果家里有人突然晕倒了，我们应该先做
 * 什么？要不要先喂水？"): the README's labelling rules make it LIVELIHOOD or OTHER, not EMERGENCY, though its words name the
 * danger. Read narrowly, because a real emergency is often asked the same way ("如果有人晕倒了怎么办我妈倒在厨房了"): the
 * message is only the question. Before the condition stands at most a greeting or 请问; the condition is not the
 * writer's own (要是我…) nor a polite one (如果可以, 要是方便); between it and the asking words there is one danger at
 * most; after the asking words come only the rest of the question (its tail, or a choice naming no one but 你们 as the
 * one to call) and further clauses that are thanks alone or short questions that open by asking and tell of no one,
 * nowhere and no state (…？要不要先关煤气, not …？是我外婆，嘴唇是紫的, not …？要按胸口吗老汉胸口没起伏了); a question mark
 * as the asking words ends the asking clause, so all that follows it is further clauses ("…应该咋个救？要先打哪个电话？"),
 * unless it stands bare right after the condition ({@link #QUESTION_MARK}); {@link TrainedClassifier} also reads what
 * follows the asking words alone ({@link #askingEnd}); and nothing after the condition tells of now — no time word (现在, 刚才, 目前, 这下,
 * 马上…), nothing going on or still (还在, 在…着, 躺着, 一直, 不见了), no dialect ending of a present state (起得, 得很,
 * 噻), no call made or help that does not come, no 就在, no plea (求求, 救救, 急急急, 在线等) and no danger phrase after the
 * question.
 */
final class WhatIfQuestion {

    /** The condition; 要是 not inside 主要是, 只要是, 还要是… */
    private static final Pattern IF = Pattern.compile("(?<![主只不还硬就可总但老都])要是|如果|万一|假如|假设|倘若");
    /** How far into the message the condition may open: after at most a greeting and 请问. */
    private static final int OPENS_WITHIN = 20;
    /** All that may stand before the condition: a greeting, 请问, 想问一下, 打扰一下, 以后, punctuation. */
    private static final Pattern GREETING_ONLY = Pattern.compile("(?:你好|您好|你们好|大家好|请问|想问(?:一)?下|问(?:一)?下"
            + "|打扰(?:一)?下|以后|[\\s,，.。!！:：])*");
    /**
     * The writer's own case (要是我…, 如果 自己…, 俺 but not 俺家), a case of one person or thing now (万一他醒不过来, 要是这个罐子
     * 炸了, 万一那个小孩掉下去) or a polite condition (如果可以, 要是方便).
     */
    private static final Pattern OWN_OR_POLITE = Pattern.compile("[\\s,，]*(?:我|自己|本人|俺(?!家)|咱(?!家|们)"
            + "|(?<!其)他(?!们|人)|她(?!们)|佢|伊|那(?!样|种)|这(?!种|样|类)|老汉|老豆|老窦|阿[爸妈公嬷婆]|老伴|老公|老婆|媳妇"
            + "|可以|方便|有空|能|需要|有时间|麻烦|允许|不介意)");
    /**
     * The asking words: how to act (怎么办, 咋个救), what to do (做点哪样, 干什么; not 在干什么的时候, which is part of the
     * condition), where to run (往哪里跑, 往哪点躲), whom to call, 吗, or a question mark.
     */
    private static final String ASKING = "(?:咋个?|怎么|怎样|如何)(?:办|做|弄|处理|跑|整|搞|救)|打(?:哪个|啥|什么|几号)"
            + "|先(?:做|打|找|干|喊|叫)|(?:哪个|什么|啥)电话|(?<![在正])(?:做|干|弄|准备)点?(?:哪样|什么|啥子?)(?!的)"
            + "|往哪(?:里|儿|边|点|个方向)?(?:跑|走|躲|撤)|能不能|可不可以|吗|(?<!什|怎|这|那)么(?!儿)|[？?]";
    /**
     * Asking words that are a question mark: the asking clause ends with them, and what follows is further clauses —
     * unless the mark is bare, right after the condition with no clause and no question word before it ("如果老人晕倒了？
     * …"): that mark asks nothing, and what follows must be the tail of the question, as after other asking words (a
     * scene told after it in voice text, "如果老人晕倒了？要不要掐老倌不出声", is no further question).
     */
    private static final Pattern QUESTION_MARK = Pattern.compile("[？?]");
    private static final Pattern ASKS = Pattern.compile(ASKING + "|还是");
    /** What may end the asking clause: 电话, 才好, 呢… */
    private static final String TAIL = "(?:电话|号码|什么|啥子?|哪个|哪里|谁|比较|最|好|合适|安全|才对|才好|[呢啊呀哦嘛吗么]|0)*";
    /**
     * The rest of the asking clause: its tail, or another choice of a few words (…先打120还是先找社区) naming no person or
     * place but 你们 as the one to call (…还是先给你们发消息, not …还是你们赶快派车过来, …还是打你们电话老倌脸白得像纸).
     */
    private static final Pattern REST_OF_QUESTION = Pattern.compile(TAIL
            + "(?:(?:还是|或者|或是)(?:(?<=[找问喊叫给打])你们|[^我你他她在人]){1,8})?");
    /**
     * A further clause that opens by asking or thanking (not a scene before the asking words: "…怎么办？我爸躺在厨房地上不说话
     * 这是中风了吗"). 是 and 得 open one only as they ask (是不是, 是先打120还是…, 得不得): "…？嘴唇是紫的" is a scene.
     */
    private static final Pattern ASKS_OR_THANKS = Pattern.compile("^.{0,2}?(?:可以|能|要|该|应该|需要"
            + "|是(?:不是|否|先|直接|要|该|打|找|送|用|等)|得(?:不得|行|先|要)|用|直接|先|还是|" + ASKING
            + "|要不要|需不需要|该不该|有(?:没有|没得|莫得)|是不是|多久|多长时间|几分钟|谢谢|多谢|麻烦(?:了|你们)|大家)");
    /** The words of a yes-or-no question. */
    private static final String YES_OR_NO_WORDS = "要不要|能不能|可不可以|需不需要|该不该|是不是|得不得|行不行";
    /**
     * A question word of a further clause. Each stretch after one, to the next or to the clause's end, is short
     * ({@link #AFTER_QUESTION_WORD}): a question goes on after its word only with what it asks about (…？要不要先把水控
     * 出来), and voice text runs a scene on after it with no mark between, a second 咋办 or none after the scene
     * (…咋个救 要不要打120外婆眼睛翻起吐白泡泡, …？要不要打120同事趴到桌子上喊不答咋办).
     */
    private static final Pattern QUESTION_WORD = Pattern.compile(ASKING + "|" + YES_OR_NO_WORDS + "|有(?:没有|没得|莫得)"
            + "|是否|好不好|多久|多长|多少|(?<![十百千万0])几|哪|什么|啥|谁|咋|怎|如何|还是|或者|呢");
    /** How many characters a further clause may go on after a question word before the next one or its end. */
    private static final int AFTER_QUESTION_WORD = 6;
    /**
     * What a question's object does not hold after its first question word, and a scene does: 了, 都, 着, 起…
     * (…要按胸口吗老汉胸口没起伏了, …要不要下去捞河头那个冒了几下就没影子).
     */
    private static final Pattern STATE_TOLD = Pattern.compile("[了都着起完]");
    /**
     * A question word that ends a question: 吗, or how to act (咋办, 怎么弄). Only a particle follows it in a further
     * clause (not …？要搬吗罐子口冒白雾咋办), and the clause asks no yes-or-no question before it (not …？要不要掐老倌不出声
     * 咋办: a scene wrapped in two questions).
     */
    private static final Pattern ENDS_QUESTION = Pattern.compile("吗|(?<!什|怎|这|那)么(?!儿)"
            + "|(?:咋个?|怎么|怎样|如何)(?:办|弄|整|搞|处理)");
    private static final Pattern PARTICLES = Pattern.compile("[呢啊呀哦嘛吧哈嘞咧噢]*");
    private static final Pattern YES_OR_NO = Pattern.compile(YES_OR_NO_WORDS);
    /** Thanks, which may make a further clause without a question word: the whole clause. */
    private static final Pattern THANKS = Pattern.compile("^(?:谢谢|多谢|感谢|麻烦(?:了|你们))[你们啦了哈哦呀啊嘞]*$");
    /**
     * Someone or somewhere told after the asking words, which a question does not need: "…？是不是要打110娃儿在河中间",
     * "…？要不要拍我儿子的背", "…还是打你们电话外婆脸白得像纸" — a person, kin (外婆, 老汉, 幺儿, which the normaliser makes 么儿),
     * a child or 在. Not 我们 or 你们 asking, 有没有人, 这种人, 待在.
     */
    private static final Pattern SOMEONE_OR_SOMEWHERE = Pattern.compile("(?!我们|你们)[我你他她俺爸妈爹娘哥姐弟妹舅姨叔嫂]"
            + "|外婆|外公|老汉|老头|老太|[幺么]儿|姑|爷爷|奶奶|婆婆|公公|老公|老婆|媳妇|儿子|女儿|孙子|孙女|宝宝"
            + "|(?<!有没有|有没得|莫得|这种|别)人|(?<![待能要])在|娃|孩|崽");
    /**
     * A further clause that asks for help or tells what is happening, though it asks or thanks too: "万一着火了打哪个电话？
     * 楼下火好大是不是要跑", "要是有人被车撞了咋整？麻烦你们派个人来".
     */
    private static final Pattern ASKS_FOR_HELP = Pattern.compile("派|来人|能来|过来|来一?下|快|好大|好多|很大|晕|疼|痛|围"
            + "|有没有人|帮|求助|拜托|跪求");
    /** A mark between clauses, as the normaliser leaves them, and those voice text and chat put there. */
    private static final String CLAUSE_MARK = "[，,。.;；!！?？\\s…~～:：—/()（）\"“”'\\p{So}\\p{Cs}]";
    private static final Pattern NOW = Pattern.compile("现在|正在|正|刚才|刚刚|刚|已经|这会儿|此刻|眼下|今天|今晚|昨|前几天"
            + "|上次|上回|快来|救命|赶紧|再|还(?!是|能|要|可以|得)|继续|更|越来越|又|不来|来不|赶不|等不|打了|叫了|报了|就在"
            + "|此时|目前|当前|当下|如今|而今|眼看|眼瞅|这下|这哈|这阵|这时|马上|立刻|立马|一直|半天|好久|方才|将才|才将|今儿"
            + "|今个|今早|早上|快点|快过来|求求|救救|急急|在线等|不好了"
            + "|而家|依家|宜家|头先|岩岩|今日|这前|这咱|这马|拄才|分钟前|小时前|到现在|醒不过来|醒袂过来|烧到|烧过来|烧下来"
            + "|在.{0,6}着|着呢|[站躺坐蹲趴关困抽抖](?:着|起)|起得|得很|快要|快不行|不见了|找不到了|[噻咯嘞哩](?=" + CLAUSE_MARK
            + "|$)");
    /** Clause ends, as the normaliser leaves them, and the marks voice text and chat put between clauses. */
    private static final Pattern CLAUSE_END = Pattern.compile(CLAUSE_MARK + "+");

    private WhatIfQuestion() {
    }

    /**
     * Whether the normalised text is only a question of what to do if a danger happens. Never for a normalised text as
     * long as the normaliser's cap ({@link Normaliser#MAX_CHARS}): what is happening may have been told after the cut
     * ({@link TrainedClassifier} also asks the message itself).
     */
    static boolean asked(String normal) {
        return askingEnd(normal) >= 0;
    }

    /**
     * Where the asking words end in a normalised text that is only a question of what to do if a danger happens
     * ({@link #asked}), or -1: what follows them is the rest of the question and further questions, which
     * {@link TrainedClassifier} also reads alone, for a scene no pattern here knows (…？要不要掐老倌不出声咋办).
     */
    static int askingEnd(String normal) {
        Matcher condition = IF.matcher(normal);
        if (normal.length() >= Normaliser.MAX_CHARS || !condition.find() || condition.start() > OPENS_WITHIN
                || !GREETING_ONLY.matcher(normal.substring(0, condition.start())).matches()) {
            return -1;
        }
        String after = normal.substring(condition.end());
        Matcher asks = ASKS.matcher(after);
        if (OWN_OR_POLITE.matcher(after).lookingAt() || NOW.matcher(after).find() || !asks.find()) {
            return -1;
        }
        List<Cues.Hit> dangers = EmergencyFeatures.PHRASES.hits(after).stream()
                .filter(hit -> EmergencyFeatures.DANGERS.contains(hit.group())).toList();
        if (dangersApart(dangers) > 1 || dangers.stream().anyMatch(hit -> hit.end() > asks.start())) {
            return -1;
        }
        String[] rest = CLAUSE_END.split(after.substring(asks.end()), -1);
        boolean endedByMark = QUESTION_MARK.matcher(asks.group()).matches()
                && !bareMark(after.substring(0, asks.start()));
        if (!endedByMark && (!REST_OF_QUESTION.matcher(rest[0]).matches()
                || SOMEONE_OR_SOMEWHERE.matcher(rest[0]).find())) {
            return -1;
        }
        for (int i = endedByMark ? 0 : 1; i < rest.length; i++) {
            if (!rest[i].isEmpty() && !furtherQuestionOrThanks(rest[i])) {
                return -1;
            }
        }
        return condition.end() + asks.end();
    }

    /** Whether a question mark after this text (the condition up to it) is bare: no clause mark, no question word. */
    private static boolean bareMark(String condition) {
        return !CLAUSE_END.matcher(condition).find() && !QUESTION_WORD.matcher(condition).find();
    }

    /**
     * Whether a clause after the asking clause is another question or thanks: it opens by asking or thanking, a question
     * ends near its last question word, and it asks for no help and tells of no one and nowhere.
     */
    private static boolean furtherQuestionOrThanks(String clause) {
        if (!ASKS_OR_THANKS.matcher(clause).find() || ASKS_FOR_HELP.matcher(clause).find()
                || SOMEONE_OR_SOMEWHERE.matcher(clause).find()) {
            return false;
        }
        if (THANKS.matcher(clause).find()) {
            return true;
        }
        Matcher ends = ENDS_QUESTION.matcher(clause);
        if (ends.find() && (!PARTICLES.matcher(clause.substring(ends.end())).matches()
                || ends.group().length() > 1 && YES_OR_NO.matcher(clause.substring(0, ends.start())).find())) {
            return false;
        }
        Matcher word = QUESTION_WORD.matcher(clause);
        if (!word.find() || STATE_TOLD.matcher(clause.substring(word.end())).find()) {
            return false;
        }
        int stretchFrom = word.end();
        while (word.find()) {
            if (word.start() - stretchFrom > AFTER_QUESTION_WORD) {
                return false;
            }
            stretchFrom = word.end();
        }
        return clause.length() - stretchFrom <= AFTER_QUESTION_WORD;
    }

    /** How many dangers the hits name, overlapping phrases (晕倒, 倒了 in 晕倒了) counted once. */
    private static int dangersApart(List<Cues.Hit> hits) {
        int apart = 0;
        int end = -1;
        for (Cues.Hit hit : hits.stream().sorted(Comparator.comparingInt(Cues.Hit::begin)).toList()) {
            if (hit.begin() >= end) {
                apart++;
            }
            end = Math.max(end, hit.end());
        }
        return apart;
    }
}
