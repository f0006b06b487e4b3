package cn.gridbot.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HazardAtRestTest {

    private static final Normaliser NORMALISER = new Normaliser();

    @Test
    void aThingFallenAndLyingStillWithNobodyUnderItIsHeld() {
        assertTrue(told("公交站的站牌倒了 躺在地上"));
        assertTrue(told("竹子倒下来把半边路堵了，车子过不去"));
        assertTrue(told("路口的指路牌被车撞倒了，躺在地上好几天"));
        assertTrue(told("村道边那棵老槐树倒在田里了，还没人来锯"));
        assertTrue(told("村委会旁边那盏太阳能路灯被车撞倒了，一个月了还躺在地上"));
        assertTrue(told("公园里的宣传栏被风吹倒了，横在步道上"));
        assertTrue(told("昨晚风大，九龙大道边上一棵树倒了横在人行道上，没砸着人，现在还躺在那点"), "county-style set 248");
        assertTrue(told("村口那棵大树倒了，没砸着人，还倒在那儿没人收拾"));
    }

    @Test
    void aHazardThatStillHangsIsNotHeldEvenCordonedOff() {
        assertFalse(told("大风把一根粗树枝吹断了，挂在半空中，下面已经拿带子拦起了，没人走"), "a cordon does not end a hazard");
        assertFalse(told("吊车吊着一捆钢筋在晃，底下就是人走的路，没拦起来"), "a cordon missing");
        assertFalse(told("树还挂在半空晃，风一吹就往下掉渣"), "still hanging");
    }

    @Test
    void aClauseOfAnythingElseStopsTheHold() {
        assertFalse(told("树倒下来把我的车砸了，人倒没事"), "something hit");
        assertFalse(told("广告牌被风吹倒了砸了个过路的阿伯头破了躺在地上"), "a passer-by hit, in one clause");
        assertFalse(told("老街那根灯杆倒了正好砸了一个送外卖的小伙子倒在马路中间眼睛闭着"), "a courier down");
        assertFalse(told("篮球架旁边小伙子倒在场上没有气了"), "the thing only a landmark");
        assertFalse(told("树倒了，树旁边外公倒在地上"), "a lying clause about a person");
        assertFalse(told("大树倒了，挡了路，隔壁阿伯压在那里"), "a person where a place would be");
        assertFalse(told("树倒了，挡了路，阿公压了一晚上了"), "how long someone has been pinned");
        assertFalse(told("树倒了，挡了路，阿伯趴在地上没人过来扶"), "nobody come to help is not nobody");
        assertFalse(told("树倒了，砸着人了，现在还躺在那点"), "someone hit");
        assertFalse(told("树倒了，没砸着人，阿婆躺在那点"), "a person lying there");
        assertFalse(told("树倒了，挡了路，麻烦叫一二零来看一下"), "a request for an ambulance");
        assertFalse(told("树倒了，挡了路，白车过不去"), "an ambulance held up");
        assertFalse(told("树倒了，挡了路，灯都不亮了看不到阿公在哪"), "a light out and someone lost");
        assertFalse(told("树倒在校车上，挡了路"), "a school bus");
        assertFalse(told("树倒了挡了路把煤气管道砸断了一股臭味"), "a gas main broken");
        assertFalse(told("竹子倒在铁路上挡了路一会儿还有列车过来"), "a railway");
        assertFalse(told("树倒了挡了路\uD83C\uDD98"), "an emoji");
        assertFalse(told("树倒了挡了路打了幺两洞半天没来"), "a hotline spoken");
    }

    @Test
    void theFreeWordsMustNameAPlaceAndTheThingMustBeAThing() {
        assertFalse(told("二柱子被车撞倒了，躺在路上"), "a name that ends in a thing's character");
        assertFalse(told("桂枝被大风吹倒了，躺在路边"), "a name that ends in a thing's character");
        assertFalse(told("路人身上倒了一棵树，横在路上"), "a body as the place");
        assertFalse(told("公交车顶上倒了一棵树，横在马路上"), "a vehicle as the place");
        assertFalse(told("宿舍楼顶上倒了一棵树，横在院里"), "a dwelling as the place");
        assertFalse(told("宿舍楼的墙垮了一大块，把路堵了"), "a building's wall: a collapse");
        assertFalse(told("舞台架子塌了，压在广场上"), "a stage: a collapse");
        assertFalse(told("地下车库的柱子断了一截，把出口堵住了，车子出不去"), "an exit blocked");
        assertFalse(told("山洪冲进了青龙村，树倒下来把路堵了，车子进不来"), "a flood in the place clause");
        assertFalse(told("压断了老王腿的树子横在路上"), "a hurt in the place words");
        assertFalse(told("00千伏的杆子倒了，横在路上"), "a power line");
        assertFalse(told("树倒了，把送产妇去县城的路堵了"), "a way to hospital");
        assertFalse(told("水泥杆被车撞断了，横在马路上"), "a bare pole may carry a power line");
    }

    @Test
    void aNameAFastRoadACampACrashOrWaterIsNotAPlaceToLie() {
        assertFalse(told("三组的王大树倒在田里了"), "a name ending in 树");
        assertFalse(told("刚刚玉树被货车撞倒了，躺在路中间"), "a name ending in 树, hit by a lorry");
        assertFalse(told("树倒了，躺在婴儿旁边的草地上"), "a baby beside it");
        assertFalse(told("大树倒了，压在儿子脚边的地上"), "a son beside it");
        assertFalse(told("还".repeat(290) + "挡了路"), "a long run of the same word: no stack overflow, no hold");
        assertFalse(told("大树倒了压在养老院上"), "a care home");
        assertFalse(told("刚刚 大树倒了 压在露营地的草上"), "a campsite");
        assertFalse(told("刚才 大树倒了 横在超车道上"), "a fast lane");
        assertFalse(told("晚上 大树倒了 横在环城高架的车道上"), "an elevated ring road at night");
        assertFalse(told("大树倒了横在村口道口的道上"), "a level crossing");
        assertFalse(told("大树倒了压在液氨管道上"), "an ammonia pipeline");
        assertFalse(told("暴雨 大树倒了把泄洪道堵住了"), "a flood channel");
        assertFalse(told("河边的护栏被货车撞断了 倒在河里"), "a guardrail into a river");
        assertFalse(told("路名牌被车撞倒了，外地人都找不到路"), "a crash just now: the driver may be hurt");
        assertFalse(told("刚刚 公交站的雨棚被风吹垮了 倒在地上"), "a shelter collapsed");
        assertFalse(told("下大雨 路灯杆倒了 倒在积水里"), "a mains street light in water");
        assertFalse(told("刚才 广告牌被大风刮倒了 压在集市的街上"), "a crowded market");
    }

    @Test
    void aPersonHurtPinnedOrCalledForIsNotHeld() {
        assertFalse(told("大树倒在路上了，一辆电瓶车撞上去，骑车的躺在地上"), "a rider down");
        assertFalse(told("站牌倒了躺在地上，压着一个小娃儿的腿"), "a child pinned");
        assertFalse(told("那个棚子吹垮了，躺在地上，底下压着一个卖菜的婆婆"), "an old woman pinned");
        assertFalse(told("围墙垮了 堵了路 我家老汉在墙后面喊不应"), "a man not answering");
        assertFalse(told("树倒下来把车砸了 车里还有人出不来"), "someone trapped in the car");
        assertFalse(told("树倒了横在马路上，救护车过不去，车里病人等着去医院"), "an ambulance held up");
        assertFalse(told("墙倒了 挡了路 墙下面埋着两个人"), "people buried");
        assertFalse(told("the tree fell on the road and a man is trapped under it 倒在路上"), "told in English");
    }

    @Test
    void someoneUnderTheThingInWordsNoListHasIsNotHeld() {
        assertFalse(told("树倒了横在路上，小朋友压在下面"), "under it");
        assertFalse(told("站牌倒了躺在地上，底下有个小朋友哭"), "under it");
        assertFalse(told("树倒了横在路上，收废品的老王压在下面"), "under it");
        assertFalse(told("树倒了躺在路上，\uD83D\uDC76压在下面"), "an emoji");
        assertFalse(told("棵树倒咗横喺路中间，有个阿伯压喺下面"), "Cantonese");
        assertFalse(told("树倒了横在路上，外公在树下面喊不出声"), "a clause of someone else");
        assertFalse(told("树倒了横在我身上，压得喘不过来"), "lying on the writer");
        assertFalse(told("灯杆倒了，我闺女倒在地上抽"), "a person lying, not the thing");
        assertFalse(told("门头垮了把店门堵住了，我们一家三口在里面出不去"), "shut in");
        assertFalse(told("树倒了横在路上我女儿压在下面疾病车怎么还不来"), "help awaited");
        assertFalse(told("路口的树倒了横在路上，幺二零的车过不去"), "a hotline spoken");
        assertFalse(told("树倒了躺在轿车顶上，车顶压扁了，车里没人出来"), "nobody coming out is not nobody");
    }

    @Test
    void anotherDangerBesideTheThingIsNotHeld() {
        assertFalse(told("路灯杆倒在地上了 电线露出来在冒火花"), "a live wire");
        assertFalse(told("竹子倒下来把路堵了，消防车进不来，前面那户着火了"), "a fire");
        assertFalse(told("大树倒了挡住了路 有辆车翻到沟里去了"), "a vehicle in a ditch");
        assertFalse(told("大树倒在河里 挡了半边河 有个钓鱼的被冲走了"), "someone swept away");
        assertFalse(told("树枝断了挂在电线上 下面已经拉了线"), "a branch on a power line");
        assertFalse(told("大树倒在我家房顶上了，屋顶砸穿了，我妈还在里屋"), "a roof broken with a mother inside");
        assertFalse(told("杆子倒了躺在路上，变压器在滋滋地叫"), "a transformer hissing");
        assertFalse(told("树倒在河里把河道堵住了，水漫上来了，漫到屋门口了"), "water rising");
        assertFalse(told("堡坎垮了把路堵住了，后面那段也在动"), "more of it moving");
        assertFalse(told("猪圈的墙垮了，躺在圈里，几十头猪压在下面"), "animals under it");
    }

    private static boolean told(String text) {
        return HazardAtRest.told(NORMALISER.normalise(text));
    }
}
