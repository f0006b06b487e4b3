package cn.gridbot.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PinyinCuesTest {

    private static final PinyinCues pinyin = new PinyinCues(EmergencyFeatures.CUES, Cues.CUES);
    private static final Normaliser normaliser = new Normaliser();

    @Test
    void putsADangerPhraseTypedInPinyinInCharacters() {
        assertEquals("chufang着火le", pinyin.characters("chu fang zhao huo le"));
    }

    @Test
    void readsPinyinWithToneMarksOrWithoutSpaces() {
        assertTrue(pinyin.characters("chú fáng zháo huǒ le").contains("着火"));
        assertTrue(pinyin.characters("chufangzhaohuole").contains("着火"));
    }

    @Test
    void writesTheRunAsOneClauseAndLeavesPunctuationAndCharactersAlone() {
        assertEquals("我爸昏迷le, 快来 冒烟", pinyin.characters("wo ba hun mi le, 快来 mao yan"));
    }

    @Test
    void leavesPinyinWithoutACuePhraseAndEnglishAsTheyAre() {
        assertEquals("lu deng huai le", pinyin.characters("lu deng huai le"));
        assertEquals("wo dao le", pinyin.characters("wo dao le"));
        assertEquals("smell very strong", pinyin.characters("smell very strong"));
    }

    @Test
    void theNormalisedPinyinMessageHoldsTheDangerPhrases() {
        String normal = normaliser.normalise("DIAN TI kǎ zhù le li mian you ge xiao hai");
        assertTrue(normal.contains("卡住"), normal);
    }
}
