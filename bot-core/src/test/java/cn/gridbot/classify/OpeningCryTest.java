package cn.gridbot.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OpeningCryTest {

    private static final Normaliser NORMALISER = new Normaliser();

    private static String rest(String text) {
        return OpeningCry.rest(NORMALISER.normalise(text)).strip();
    }

    /** County-style set 257's miss and the ways a cry is doubled: particles, pauses, two different cries, English. */
    @Test
    void twoCriesOrMoreAtTheOpeningAreSetAside() {
        assertEquals("金辰街到xx小区0懂 厨房油锅起火扑不灭了", rest("着火了着火了 金辰街到xx小区5懂 厨房油锅起火扑不灭了"),
                "digits are 0 in the normalised text");
        assertEquals("三楼在冒烟", rest("着火了！着火了！三楼在冒烟"));
        assertEquals("我家老头倒在厨房了", rest("救命啊 救命啊 我家老头倒在厨房了"));
        assertEquals("东街烧烤店后厨", rest("着活了着活了着活了 东街烧烤店后厨"));
        assertEquals("厨房油锅扑不灭了", rest("着火啦着火啦 厨房油锅扑不灭了"));
        assertEquals("我家老人倒在楼梯上了", rest("救命 help！我家老人倒在楼梯上了"), "help, which the normaliser makes 救命");
        assertEquals("有人落水", rest("help help 有人落水"), "an English cry opens with the normaliser's space");
    }

    /** One cry, a cry not at the opening, cries with nothing after them, or a message of play leave nothing to read. */
    @Test
    void oneCryCriesWithNothingAfterThemOrPlayLeaveNothing() {
        assertEquals("", rest("着火了 厨房油锅起火扑不灭了"), "one cry");
        assertEquals("", rest("孩子们在小区广场玩救火游戏，一直喊着火了着火了"), "the cries inside the message");
        assertEquals("", rest("救命救命"), "nothing after the cries");
        assertEquals("", rest("着火了着火了！！"), "only pauses after them");
        assertEquals("", rest("着火了着火了 小朋友学消防员 喊厨房油锅起火扑不灭了"), "children at play (the aimed review's case)");
        assertEquals("", rest("着火了着火了 这个视频太火了 哈哈"), "a NOTREPORT cue");
        assertEquals("", rest("着火了着火了 情景剧 客厅沙发烧起来扑不灭了 演得好"), "a drama");
    }
}
