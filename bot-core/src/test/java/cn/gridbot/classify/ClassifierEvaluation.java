package cn.gridbot.classify;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Scores the classifier on the held-out corpora, never trained on: the county one, the county-style ones and the hard
 * sets 159 and later (the sets before them are trained on, see the README). For each it prints accuracy, EMERGENCY
 * recall and precision, precision and recall per category, accuracy and emergency figures per family, and the confusion
 * matrix. Run it with
 * {@code ./mvnw -q -pl bot-core test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cn.gridbot.classify.ClassifierEvaluation}
 * adding {@code -Dexec.args=--misses} to list the messages it gets wrong — except those of {@link #SEALED}, whose lines
 * stay unread until its round's changes are made (docs/classifier-history.md, "The fifth round").
 */
public final class ClassifierEvaluation {

    static final String HELDOUT = "classify/corpus-heldout.tsv";
    static final int LAST_HARD = 750;

    /**
     * The hard held-out sets, 159 to 590, in batches of eight, each written by eight writers who saw neither the model
     * nor its changes, after one round of issue 19 to judge the next; never trained on. The sets before them are
     * trained on (see {@link TrainedClassifier#SCORED_SETS}, and docs/classifier-history.md, "The thirty-sixth round:
     * sets 143-158 trained on").
     * <ul>
     * <li>159-166: a Miao riverside old town of Kaili, a Zhuang hillside township of Baise, an old walled-city quarter
     * of Jingzhou, a salt-well old town of Zigong, a steelworks housing district of Panzhihua, an old industrial estate
     * of Qiqihar, a loess-hill old quarter of Tianshui, a canal-side neighbourhood of Huzhou; after the thirty-fifth
     * round, to judge the thirty-sixth round's change (docs/classifier-history.md, "The thirty-sixth round").</li>
     * <li>167-174: an old town quarter of Shangrao, a forestry workers' estate of Mudanjiang, a cave-dwelling village
     * turned suburb of Yulin, a wholesale market-town neighbourhood of Linyi, a harbour old quarter of Zhanjiang, a
     * Buyi village near Anshun, a riverside old town of Hanzhong, a tea-hill township of Nanping; after the
     * thirty-sixth round, to score its model once more (docs/classifier-history.md, "The thirty-sixth round").</li>
     * <li>175-182: a riverside old town of Luzhou, a lakeside old port district of Jiujiang, an old quarter of Baoding,
     * a riverside workers' estate of Wuhu, a silk-town neighbourhood of Nanchong, a mixed old quarter of Hohhot, an old
     * fishing quarter of Beihai, a coal-mining town estate of Jixi; after the thirty-sixth round, to judge the
     * thirty-seventh round's change (docs/classifier-history.md, "The thirty-seventh round").</li>
     * <li>183-190: an old canal-side quarter of Jining, a railway-junction workers' district of Bengbu, an old
     * riverside town of Zhaoqing, a hillside mining township of Shaoguan, an old-city quarter of Anyang, a
     * ceramics-factory estate of Zibo, a rebuilt neighbourhood of Tangshan, a loess-terrace old district of Baoji;
     * after the thirty-seventh round, to judge the thirty-eighth round's change (docs/classifier-history.md, "The
     * thirty-eighth round").</li>
     * <li>191-198: an old salt-port quarter of Zigong, a Hakka town of Meizhou, an oil-field workers' estate of Daqing,
     * a river-port old district of Yantai, a mountain county town of Enshi, an old quarter of Kaifeng, a wine-town
     * street of Renhuai, a tea village turned suburb of Ya'an; after the thirty-eighth round, to judge the thirty-ninth
     * round's change (docs/classifier-history.md, "The thirty-ninth round").</li>
     * <li>199-206: an old steel-works workers' estate of Xiangtan, a coal-mining town's old streets in Linfen, a windy
     * hillside district of Zhangjiakou, a salt-marsh coastal township of Yancheng, a railway-junction quarter of
     * Huaihua, a farming county town of Zhoukou, an old quarter of kite makers in Weifang, a hair-products market town
     * of Xuchang; after the thirty-ninth round, to judge the fortieth round's change (docs/classifier-history.md, "The
     * fortieth round").</li>
     * <li>207-214: a truck-factory town of Shiyan, an old quarter of Lu'an, streets at the foot of Mount Tai, an
     * arcade-street home town of overseas Chinese in Jiangmen, a mining estate of Chenzhou, an old coal-mine district
     * of Fuxin, a county town of Hengshui, a riverside old town of Ankang; after the fortieth round, to judge the
     * forty-first round's change (docs/classifier-history.md, "The forty-first round").</li>
     * <li>215-222: an old lakeside fishing quarter of Yueyang, a steel-works neighbourhood of Liuzhou, an old walled
     * quarter of Datong, a temple-street quarter of Quanzhou, a Hakka old town quarter of Ganzhou, a mountain county
     * town of Lishui, a textile-mill workers' estate of Xinxiang, an old quarter of Changzhi; after the forty-first
     * round, to judge the forty-second round's change (docs/classifier-history.md, "The forty-second round").</li>
     * <li>223-230: an old kiln-workshop quarter of Jingdezhen, a locomotive-works workers' estate of Zhuzhou, a
     * riverside old town of Yichang, a herbal-medicine market quarter of Bozhou, a river-port old quarter of Wuzhou, a
     * coal-mining town estate of Tongchuan, an old riverside district of Jiamusi, an old coal-and-railway quarter of
     * Zaozhuang; after the forty-second round, to judge the forty-third round's change (docs/classifier-history.md,
     * "The forty-third round").</li>
     * <li>231-238: Anqing, Jiaxing, Leshan, Suining, Bazhong, Dazhou, Meishan and Ziyang, each a city and its streets,
     * villages and estates; after the forty-third round, to score its model once more, with no change to judge
     * (docs/classifier-history.md, "The forty-fourth round").</li>
     * <li>239-246: Lianyungang, Suqian, Huangshan, Chizhou, Xinyu, Pingxiang, Huainan and Ningde, the same way; after
     * the forty-fourth round, to score the forty-third round's model once more (docs/classifier-history.md, "The
     * forty-fifth round").</li>
     * <li>247-254: Sanming, Longyan, Putian, Yingtan, Fuyang, Tongling, Shangluo and Hanchuan, the same way; after the
     * forty-fifth round, to score the forty-third round's model once more (docs/classifier-history.md, "The
     * forty-sixth round").</li>
     * <li>255-262: Shangqiu, Nanyang, Xiaogan, Jingmen, Yongzhou, Loudi, Zhaotong and Qujing, the same way; after the
     * forty-sixth round, to judge the forty-seventh round's change (docs/classifier-history.md, "The forty-seventh
     * round").</li>
     * <li>263-270: Shaoyang, Hengyang, Yiyang, Liupanshui, Bijie, Duyun, Xingyi and Hechi, the same way; after the
     * forty-seventh round, to score its model once more, with no change to judge (docs/classifier-history.md, "The
     * forty-eighth round").</li>
     * <li>271-278: Qinzhou, Laibin, Hezhou, Chongzuo, Guigang, Pingliang, Dingxi and Zhangye, the same way; after the
     * forty-eighth round, to judge the forty-ninth round's change (docs/classifier-history.md, "The forty-ninth
     * round").</li>
     * <li>279-286: Fangchenggang, Qingyang, Longnan, Wuwei, Jiuquan, Baiyin, Shizuishan and Guyuan, the same way;
     * after the forty-ninth round, to judge the fiftieth round's change (docs/classifier-history.md, "The fiftieth
     * round").</li>
     * <li>287-294: Chengde, Cangzhou, Hengshui, Xingtai, Tangshan, Qinhuangdao, Langfang and Datong, the same way;
     * after the fiftieth round, to judge the fifty-first round's change (docs/classifier-history.md, "The fifty-first
     * round").</li>
     * <li>295-302: Chifeng, Tongliao, Wuhai, Ulanqab, Bayannur, Xilinhot, Weinan and Xianyang, the same way; after the
     * fifty-first round, to score its model once more in a round that judged no change (docs/classifier-history.md,
     * "The fifty-second round").</li>
     * <li>303-310: Xinyang, Zhumadian, Luohe, Pingdingshan, Hebi, Puyang, Jiaozuo and Sanmenxia, the same way; after
     * the fifty-second round, to judge the fifty-third round's change (docs/classifier-history.md, "The fifty-third
     * round").</li>
     * <li>311-318: Jincheng, Shuozhou, Xinzhou, Lüliang, Yuncheng, Jinzhong, Yangquan and Dongying, the same way;
     * after the fifty-third round, to score its model once more in a round that judged no change
     * (docs/classifier-history.md, "The fifty-fourth round").</li>
     * <li>319-326: Rizhao, Binzhou, Dezhou, Liaocheng, Heze, Weihai, Yangzhou and Zhenjiang, the same way; after the
     * fifty-fourth round, to judge the fifty-fifth round's change (docs/classifier-history.md, "The fifty-fifth
     * round").</li>
     * <li>327-334: Quzhou, Zhoushan, Jinhua, Shaoxing, Taizhou (Zhejiang), Wenzhou, Huai'an and Nantong, the same
     * way; after the fifty-fifth round, to score its model once more in a round that judged no change
     * (docs/classifier-history.md, "The fifty-sixth round").</li>
     * <li>335-342: Suzhou (Anhui), Chuzhou, Xuancheng, Ma'anshan, Huaibei, Changzhou, Wuxi and Zhangzhou, the same way;
     * after the fifty-sixth round, to score the fifty-fifth round's model once more in a round that judged no change
     * (docs/classifier-history.md, "The fifty-seventh round").</li>
     * <li>343-350: Ningbo, Jiangyin, Yixing, Kunshan, Haining, Gaoyou, Taizhou (Jiangsu) and Donghai, the same way;
     * after the fifty-seventh round, to judge the fifty-eighth round's change (docs/classifier-history.md, "The
     * fifty-eighth round").</li>
     * <li>351-358: Suizhou, Xianning, Huanggang, Ezhou, Honghu, Xiangyang, Danjiangkou and Lichuan, the same way; after
     * the fifty-eighth round, to judge the fifty-ninth round's change (docs/classifier-history.md, "The
     * fifty-ninth round").</li>
     * <li>359-366: Xiantao, Tianmen, Qianjiang, Wuxue, Zhongxiang, Zaoyang, Laohekou and Macheng, the same way; after
     * the fifty-ninth round, to judge the sixtieth round's change (docs/classifier-history.md, "The sixtieth
     * round").</li>
     * <li>367-374: Zhijiang, Dangyang, Yidu, Songzi, Shishou, Anlu, Guangshui and Chibi, the same way; after the
     * sixtieth round, to judge the sixty-first round's change (docs/classifier-history.md, "The sixty-first
     * round").</li>
     * <li>375-382: Yingcheng, Daye, Yicheng, Liling, Xiangxiang, Leiyang, Yuanjiang and Lianyuan, the same way; after
     * the sixty-first round, to judge the sixty-second round's change (docs/classifier-history.md, "The sixty-second
     * round").</li>
     * <li>383-390: Shaoshan, Jinshi, Lengshuijiang, Miluo, Linxiang, Zixing, Liuyang and Ningxiang, the same way;
     * after the sixty-second round, to judge the sixty-third round's change (docs/classifier-history.md, "The
     * sixty-third round").</li>
     * <li>391-398: Wugang, Jishou, Shaodong, Ruijin, Guixi, Leping, Dexing and Zhangshu, the same way; after the
     * sixty-third round, to judge the sixty-fourth round's change (docs/classifier-history.md, "The sixty-fourth
     * round").</li>
     * <li>399-406: Fengcheng, Gao'an, Jinggangshan, Yong'an, Zhangping, Shaowu, Wuyishan and Jian'ou, the same way;
     * after the sixty-fourth round, to score its model once more in a round that judged no change
     * (docs/classifier-history.md, "The sixty-fifth round").</li>
     * <li>407-414: Fuding, Fu'an, Jinjiang, Shishi, Nan'an, Fuqing, Ruichang and Gongqingcheng, the same way; after
     * the sixty-fifth round, to judge the sixty-sixth round's change (docs/classifier-history.md, "The sixty-sixth
     * round").</li>
     * <li>415-422: Baoshan, Pu'er, Lincang, Chuxiong, Mengzi, Wenshan, Yuxi and Panjin, the same way; after the
     * sixty-sixth round, to judge the sixty-seventh round's change (docs/classifier-history.md, "The sixty-seventh
     * round").</li>
     * <li>423-430: Wenchang, Qionghai, Wanning, Danzhou, Korla, Shihezi, Golmud and Zhongwei, the same way; after the
     * sixty-seventh round, to judge the sixty-eighth round's change (docs/classifier-history.md, "The sixty-eighth
     * round").</li>
     * <li>431-438: Manzhouli, Erenhot, Heihe, Shuangyashan, Qitaihe, Suifenhe, Yakeshi and Arxan, the same way; after the
     * sixty-eighth round, to judge the sixty-ninth round's change (docs/classifier-history.md, "The sixty-ninth
     * round").</li>
     * <li>439-446: Yichun, Mohe, Fuyuan, Hunchun, Tumen, Dunhua, Linjiang and Kuandian, the same way; after the
     * sixty-ninth round, to judge the seventieth round's change (docs/classifier-history.md, "The seventieth
     * round").</li>
     * <li>447-454: Jixian, Baoqing, Raohe, Hulin, Mishan, Dongning, Ning'an and Hailin, the same way; after the
     * seventieth round, to judge the seventy-first round's change (docs/classifier-history.md, "The seventy-first
     * round").</li>
     * <li>455-462: Aihui, Tahe, Huma, Luobei, Linkou, Muling, Wuchang and Shangzhi, the same way; after the
     * seventy-first round, to judge the seventy-second round's change (docs/classifier-history.md, "The seventy-second
     * round").</li>
     * <li>463-470: Fujin, Yilan, Fangzheng, Yanshou, Mulan, Tonghe, Hailun and Suiling, the same way; after the
     * seventy-second round, to judge the seventy-third round's change (docs/classifier-history.md, "The seventy-third
     * round").</li>
     * <li>471-478: Nehe, Bei'an, Wudalianchi, Nenjiang, Qing'an, Lanxi, Zhaodong and Anda, the same way; after the
     * seventy-third round, to judge the seventy-fourth round's change (docs/classifier-history.md, "The seventy-fourth
     * round").</li>
     * <li>479-486: Zhaozhou, Zhaoyuan, Tailai, Gannan, Keshan, Kedong, Yi'an and Baiquan, the same way; after the
     * seventy-fourth round, to score its model once more, the seventy-fifth round's candidate having failed before the
     * seal (docs/classifier-history.md, "The seventy-fifth round").</li>
     * <li>487-494: Mingshui, Wangkui, Hulan, Shuangcheng, Suileng, Lindian, Dorbod and Youyi, the same way; after the
     * seventy-fifth round, to score the seventy-fourth round's model once more, the seventy-sixth round's candidate
     * having failed before the seal (docs/classifier-history.md, "The seventy-sixth round").</li>
     * <li>495-502: Huachuan, Tangyuan, Boli, Acheng, Jiayin, Sunwu, Xunke and Suibin, the same way; after the
     * seventy-sixth round, to judge the seventy-seventh round's change (docs/classifier-history.md, "The
     * seventy-seventh round").</li>
     * <li>503-510: Huanan, Jidong, Tieli (Heilongjiang), Nong'an, Dehui, Shulan, Jiaohe and Huadian (Jilin, the
     * Heilongjiang county names being used up), the same way; after the seventy-seventh round, to judge the
     * seventy-eighth round's change (docs/classifier-history.md, "The seventy-eighth round").</li>
     * <li>511-518: Panshi, Meihekou, Huinan, Liuhe, Fusong, Jingyu, Wangqing and Yitong (Jilin), the same way; after
     * the seventy-eighth round, to score its model once more, the seventy-ninth round judging no change
     * (docs/classifier-history.md, "The seventy-ninth round").</li>
     * <li>519-526: Tongyu, Zhenlai, Taonan, Qian'an, Ji'an, Dongfeng, Dongliao and Shuangliao (Jilin), the same way;
     * after the seventy-ninth round, to judge the eightieth round's change (docs/classifier-history.md, "The eightieth
     * round").</li>
     * <li>527-534: Fuyu, Qianguo and Gongzhuling (Jilin), Xinbin, Huanren, Xiuyan, Zhangwu and Kangping (Liaoning, the
     * Jilin county names being used up), the same way; after the eightieth round, to judge the eighty-first round's
     * change (docs/classifier-history.md, "The eighty-first round").</li>
     * <li>535-542: Faku, Changtu, Tieling County, Wafangdian, Gaizhou, Linghai, Beipiao and Lingyuan (Liaoning), the
     * same way; after the eighty-first round, to judge the eighty-second round's change (docs/classifier-history.md,
     * "The eighty-second round").</li>
     * <li>543-550: Donggang, Zhuanghe, Dashiqiao, Heishan, Xingcheng, Suizhong, Xifeng and Kaiyuan (Liaoning), the same
     * way; after the eighty-second round, to judge the eighty-third round's change (docs/classifier-history.md, "The
     * eighty-third round").</li>
     * <li>551-558: Jianchang, Kazuo, Jianping, Haicheng, Dengta, Diaobingshan, Beizhen and Xinmin (Liaoning), the same
     * way; after the eighty-third round, to judge the eighty-fourth round's change (docs/classifier-history.md, "The
     * eighty-fourth round").</li>
     * <li>559-566: Kuandian, Liaozhong, Pulandian, Panshan, Dawa, Yixian, Tai'an and Changhai (Liaoning), the same way;
     * after the eighty-fourth round, to judge the eighty-fifth round's change (docs/classifier-history.md, "The
     * eighty-fifth round").</li>
     * <li>567-574: Zhengding, Luanping, Weichang, Zhuolu, Wei County, Wu'an, Anguo and Zhangbei (Hebei), the same
     * way; after the eighty-fifth round, to judge the eighty-sixth round's change (docs/classifier-history.md, "The
     * eighty-sixth round").</li>
     * <li>575-582: Laiyuan, She County, Quyang, Xingtang, Zanhuang, Jingxing, Kuancheng and Changli (Hebei), the
     * same way; after the eighty-sixth round, to judge the eighty-seventh round's change (docs/classifier-history.md,
     * "The eighty-seventh round").</li>
     * <li>583-590: Lingshou, Qinglong, Funing, Xinglong, Fengning, Huailai, Yi County and Xinle (Hebei), the same way;
     * after the eighty-seventh round, to judge the eighty-eighth round's change (docs/classifier-history.md, "The
     * eighty-eighth round").</li>
     * <li>591-598: Yuanshi, Zhao County, Shenze, Wuji, Gaoyi, Pingquan, Longhua and Wangdu (Hebei), the same way;
     * after the eighty-eighth round, to judge the eighty-ninth round's change (docs/classifier-history.md, "The
     * eighty-ninth round").</li>
     * <li>599-606: Yangyuan, Kangbao, Shangyi, Chicheng, Chongli, Laishui, Shunping and Fuping (Hebei), the same way;
     * after the eighty-ninth round, to judge the ninetieth round's change (docs/classifier-history.md, "The ninetieth
     * round").</li>
     * <li>607-614: Xushui, Dingxing, Gaobeidian, Zhuozhou, Anxin, Rongcheng, Boye and Li County (Baoding, Hebei), the
     * same way; after the ninetieth round, to judge the ninety-first round's change (docs/classifier-history.md, "The
     * ninety-first round").</li>
     * <li>615-622: Gaoyang, Xiong County, Mancheng, Qingyuan and Dingzhou (Baoding, Hebei), Pingba and Xixiu (Anshun,
     * Guizhou) and Qianxi (Bijie, Guizhou), the same way; after the ninety-first round, to judge the ninety-second round's
     * change (docs/classifier-history.md, "The ninety-second round").</li>
     * <li>623-626: Dafang and Qixingguan (Bijie, Guizhou), Xingren and Wangmo (Qianxinan, Guizhou), from a brief rebuilt
     * on 2026-12-06 with the same table, rules and counts per family and category (235 lines a set); after the
     * ninety-second round, to judge the ninety-third round's change (docs/classifier-history.md, "The ninety-third
     * round").</li>
     * <li>627-630: Ceheng, Pu'an, Qinglong and Xingyi (Qianxinan, Guizhou), the same way; after the ninety-third round,
     * to judge the ninety-fourth round's change (docs/classifier-history.md, "The ninety-fourth round").</li>
     * <li>631-634: Shibing, Sansui, Tianzhu and Jinping (Qiandongnan, Guizhou), the same way; after the ninety-fourth
     * round, to judge the ninety-fifth round's change (docs/classifier-history.md, "The ninety-fifth round").</li>
     * <li>635-638: Congjiang, Leishan, Majiang and Danzhai (Qiandongnan, Guizhou), the same way; after the ninety-fifth
     * round, to judge the ninety-sixth round's change (docs/classifier-history.md, "The ninety-sixth round").</li>
     * <li>639-642: Sandu, Libo, Dushan and Pingtang (Qiannan, Guizhou), the same way; after the ninety-sixth round, to
     * judge the ninety-seventh round's change (docs/classifier-history.md, "The ninety-seventh round").</li>
     * <li>643-646: Changshun, Huishui, Longli and Guiding (Qiannan, Guizhou), the same way; after the ninety-seventh
     * round, to measure the landed model before the ninety-eighth round's change was chosen (docs/classifier-history.md,
     * "The ninety-eighth round").</li>
     * <li>647-650: Duyun (Qiannan), Jiangkou, Shiqian and Sinan (Tongren, Guizhou), the same way; to judge the
     * ninety-eighth round's change (docs/classifier-history.md, "The ninety-eighth round").</li>
     * <li>651-654: Dejiang, Yanhe, Yuping and Wanshan (Tongren, Guizhou), the same way; after the ninety-eighth round,
     * to measure the landed model before the ninety-ninth round's change was chosen (docs/classifier-history.md, "The
     * ninety-ninth round").</li>
     * <li>655-658: Shuicheng, Zhongshan and Liuzhi (Liupanshui) and Kaili (Qiandongnan, Guizhou), the same way; to judge
     * the ninety-ninth round's change (docs/classifier-history.md, "The ninety-ninth round").</li>
     * <li>659-662: Nanming, Wudang, Baiyun and Guanshanhu (Guiyang, Guizhou), the same way; after the ninety-ninth round,
     * to measure the landed model before the hundredth round's change was chosen (docs/classifier-history.md, "The
     * hundredth round").</li>
     * <li>663-666: Zhenxiong, Weixin, Yiliang and Zhaoyang (Zhaotong, Yunnan), the same way; to judge the hundredth
     * round's change (docs/classifier-history.md, "The hundredth round").</li>
     * <li>667-670: Ludian, Qiaojia, Yanjin and Daguan (Zhaotong, Yunnan), the same way; after the hundredth round, to
     * measure the landed model before the hundred-and-first round's change was chosen (docs/classifier-history.md, "The
     * hundred-and-first round").</li>
     * <li>671-674: Yongshan, Suijiang and Shuifu (Zhaotong) and Luliang (Qujing, Yunnan), the same way; to judge the
     * hundred-and-first round's change (docs/classifier-history.md, "The hundred-and-first round").</li>
     * <li>675-678: Shilin, Xundian, Songming and Dongchuan (Kunming, Yunnan), the same way; after the hundred-and-first
     * round, to measure the landed model before the hundred-and-second round's change was chosen
     * (docs/classifier-history.md, "The hundred-and-second round").</li>
     * <li>679-682: Jinning, Anning, Chenggong and Guandu (Kunming, Yunnan), the same way; to judge the
     * hundred-and-second round's change (docs/classifier-history.md, "The hundred-and-second round").</li>
     * <li>683-686: Hongta, Jiangchuan, Chengjiang and Tonghai (Yuxi, Yunnan), the same way; after the
     * hundred-and-second round, to measure the landed model before the hundred-and-third round's change is chosen
     * (docs/classifier-history.md, "The hundred-and-third round").</li>
     * <li>687-690: Eshan, Xinping and Yuanjiang (Yuxi) and Wuhua (Kunming, Yunnan), the same way; to judge the
     * hundred-and-third round's change (docs/classifier-history.md, "The hundred-and-third round").</li>
     * <li>691-694: Chuxiong, Lufeng, Yuanmou and Wuding (Chuxiong, Yunnan), the same way; after the hundred-and-third
     * round, to measure the landed model before the hundred-and-fourth round's change is chosen
     * (docs/classifier-history.md, "The hundred-and-fourth round").</li>
     * <li>695-698: Shuangbai, Mouding, Yao'an and Yongren (Chuxiong, Yunnan), the same way; to judge the
     * hundred-and-fourth round's change (docs/classifier-history.md, "The hundred-and-fourth round").</li>
     * <li>699-702: Gejiu, Kaiyuan, Shiping and Mile (Honghe, Yunnan), the same way; after the hundred-and-fourth
     * round, to measure the landed model before the hundred-and-fifth round's change is chosen
     * (docs/classifier-history.md, "The hundred-and-fifth round").</li>
     * <li>703-706: Honghe, Lüchun, Jinping and Pingbian (Honghe, Yunnan), the same way; to judge the
     * hundred-and-fifth round's change (docs/classifier-history.md, "The hundred-and-fifth round").</li>
     * <li>707-710: Xichou, Malipo, Maguan and Qiubei (Wenshan, Yunnan), the same way; after the hundred-and-fifth
     * round, to measure the landed model before the hundred-and-sixth round's change is chosen
     * (docs/classifier-history.md, "The hundred-and-sixth round").</li>
     * <li>711-714: Simao, Ning'er, Mojiang and Jingdong (Pu'er, Yunnan), the same way; to judge the hundred-and-sixth
     * round's change (docs/classifier-history.md, "The hundred-and-sixth round").</li>
     * <li>715-718: Jiangcheng, Menglian, Lancang and Ximeng (Pu'er, Yunnan), the same way; after the hundred-and-sixth
     * round, to measure the landed model before the hundred-and-seventh round's change is chosen
     * (docs/classifier-history.md, "The hundred-and-seventh round").</li>
     * <li>719-722: Linxiang, Fengqing, Yunxian and Yongde (Lincang, Yunnan), the same way; to judge the
     * hundred-and-seventh round's change (docs/classifier-history.md, "The hundred-and-seventh round").</li>
     * <li>723-726: Gengma and Cangyuan (Lincang), Longyang and Shidian (Baoshan, Yunnan), the same way; after the
     * hundred-and-seventh round, to measure the landed model before the hundred-and-eighth round's change is chosen
     * (docs/classifier-history.md, "The hundred-and-eighth round").</li>
     * <li>727-730: Changning (Baoshan), Mangshi, Ruili and Lianghe (Dehong, Yunnan), the same way; to judge the
     * hundred-and-eighth round's change (docs/classifier-history.md, "The hundred-and-eighth round").</li>
     * <li>731-734: Dali, Xiangyun, Binchuan and Midu (Dali, Yunnan), the same way; after the hundred-and-eighth round,
     * to measure the landed model before the hundred-and-ninth round's change is chosen (docs/classifier-history.md,
     * "The hundred-and-ninth round").</li>
     * <li>735-738: Heqing, Jianchuan, Eryuan and Yunlong (Dali, Yunnan), the same way; to judge the hundred-and-ninth
     * round's change (docs/classifier-history.md, "The hundred-and-ninth round").</li>
     * <li>739-742: Gucheng, Yulong, Yongsheng and Huaping (Lijiang, Yunnan), the same way; after the hundred-and-ninth
     * round, to measure the landed model before the hundred-and-tenth round's change is chosen
     * (docs/classifier-history.md, "The hundred-and-tenth round").</li>
     * <li>743-746: Fugong, Gongshan and Lanping (Nujiang, Yunnan) and Shangri-La (Diqing, Yunnan), the same way; to
     * judge the hundred-and-tenth round's change (docs/classifier-history.md, "The hundred-and-tenth round").</li>
     * <li>747-750: Mengla (Xishuangbanna, Yunnan) and Renhe, Miyi and Yanbian (Panzhihua, Sichuan), the same way; after
     * the hundred-and-tenth round, to measure the landed model before the hundred-and-eleventh round's change is chosen
     * (docs/classifier-history.md, "The hundred-and-eleventh round").</li>
     * </ul>
     * A new batch is added by raising {@link #LAST_HARD}: {@code CorpusTest} checks that every hard held-out file
     * is in {@link #HARD}.
     */
    static final List<String> HARD = IntStream.rangeClosed(159, LAST_HARD).mapToObj(ClassifierEvaluation::hard)
            .toList();

    /** The file of hard held-out set {@code n}. */
    static String hard(int n) {
        return "classify/hard-heldout-" + n + ".tsv";
    }

    /**
     * County-style held-out sets: short residents' messages of Sichuan counties near the demo county (sets 161-197:
     * districts of Chongqing, the Sichuan county names being used up; sets 198-208: counties and districts of Zunyi, Guizhou, sets 209-216: of
     * Zunyi and Guiyang, sets 217-220: of Anshun, sets 221-224: of Bijie, sets 225-226: of Qianxinan, sets 227-233: of Qiandongnan, sets 234-236: of Qiannan, sets 237-239: of Tongren, set 240: of Liupanshui, sets 241-242: of Zunyi and Guiyang, set 243: of Bijie, Guizhou, sets 244-251: of Qujing, Yunnan, on the Guizhou border, sets 252-254: of Kunming, sets 255-256: of Yuxi, sets 257-258: of Kunming, sets 259-260: of Chuxiong, sets 261-264: of Honghe, sets 265-268: of Wenshan, sets 269-270: of Pu'er, sets 271-272: of Xishuangbanna, sets 273-274: of Lincang, sets 275-276: of Baoshan, sets 277-278: of Dehong, sets 279-282: of Dali, set 283: of Lijiang, set 284: of Nujiang, sets 285-286: of Diqing, Yunnan, sets 287-288: of Liangshan, Sichuan, where the same southwestern Mandarin is spoken), 24 of each
     * category before duplicates of other files were removed, written on 2026-12-03, 2026-12-04, 2026-12-05, 2026-12-06, 2026-12-07 and 2026-12-08 by writers who saw neither the
     * model nor the county corpus, from the categories table and the labelling rules of county-audit/brief.md (sets
     * 153-160 from the hard corpus's shorter statement of the rules, without the brief's rules for a hazard with a person
     * in its way, a fight with weapons and a question of what to do if); never trained on. Sets 1-4 (Lezhi, Anju, Weiyuan, Zizhong) were scored once, sealed, with the thirty-sixth round's
     * model (docs/classifier-history.md, "County-style sets from new writers"); sets 5-8 (Jianyang, Dongxing,
     * Chuanshan, Yanjiang) judge the thirty-eighth round's change (docs/classifier-history.md, "The thirty-eighth
     * round"), sets 9-12 (Jiajiang, Qianwei, Gongjing, Xichong) the thirty-ninth's, sets 13-16 (Santai, Yanting,
     * Zhongjiang, Dazhu) the fortieth's, sets 17-20 (Jiangyou, Pingchang, Linshui, Quxian) the forty-first's, sets
     * 21-24 (Langzhong, Wusheng, Yingshan, Shehong) the forty-second's, sets 25-28 (Pengxi, Renshou, Hejiang, Gulin)
     * the forty-third's; sets 29-32 (Xuyong, Jiange, Cangxi, Nanjiang), 33-36 (Tongjiang, Wanyuan, Kaijiang, Xuanhan)
     * and 37-40 (Yilong, Nanbu, Wangcang, Qingchuan) score the forty-third round's model once more; sets 41-44 (Zitong,
     * Pengzhou, Dayi, Jintang) judge the forty-seventh round's change; sets 45-48 (Pujiang, Chongzhou, Qionglai,
     * Xinjin) score its model once more; sets 49-52 (Shuangliu, Wenjiang, Xindu, Dujiangyan) judge the forty-ninth
     * round's change; sets 53-56 (Pidu, Longquanyi, Qingbaijiang, Shifang) the fiftieth's; sets 57-60 (Danling, Hongya,
     * Qingshen, Jianwei) the fifty-first's; sets 61-64 (Muchuan, Ebian, Mabian, Gaoxian) score its model once
     * more; sets 65-68 (Junlian, Xingwen, Changning, Pingshan) judge the fifty-third round's change; sets 69-72 (Rongxian,
     * Fushun, Longchang, Luxian) score its model once more; sets 73-76 (Mingshan, Yingjing, Hanyuan, Shimian) judge the
     * fifty-fifth round's change; sets 77-80 (Tianquan, Lushan, Baoxing, Pengshan) score its model once more; sets 81-84
     * (Jinkouhe, Shawan, Wutongqiao, Anyue) score it once more again; sets 85-88 (Daying, Peng'an, Luojiang, Mianzhu)
     * judge the fifty-eighth round's change; sets 89-92 (Guanghan, Anzhou, Beichuan, Pingwu) judge
     * the fifty-ninth round's change; sets 93-96 (Xichang, Huili, Dechang, Mianning) the sixtieth's; sets 97-100
     * (Huidong, Ningnan, Puge, Butuo) the sixty-first's; sets 101-104 (Jinyang, Zhaojue, Yuexi, Ganluo) the
     * sixty-second's; sets 105-108 (Leibo, Meigu, Yanyuan, Miyi) the sixty-third's; sets
     * 109-112 (Muli, Luding, Kangding, Danba) the sixty-fourth's; sets 113-116 (Jiulong, Yajiang, Daofu, Litang) score
     * the sixty-fourth round's model once more; sets 117-120 (Xiangcheng, Derong, Baiyu, Luhuo) judge the sixty-sixth
     * round's change; sets 121-124 (Xide, Emeishan, Huaying, Yuechi) the sixty-seventh's; sets 125-128 (Wenchuan,
     * Maoxian, Songpan, Lixian) the sixty-eighth's; sets 129-132 (Rangtang, Zoige, Hongyuan, Aba) the sixty-ninth's; sets 133-136 (Daocheng, Batang,
     * Dege, Serxu) the seventieth's; sets 137-140 (Sertar, Garze, Yanbian, Barkam) the seventy-first's; sets 141-144 (Gongxian, Jiang'an, Jiuzhaigou, Nanxi) the
     * seventy-second's; sets 145-148 (Yantan, Longmatan, Jiangyang, Ziliujing) the seventy-third's; sets 149-152 (Naxi, Xuzhou, Lizhou,
     * Youxian) the seventy-fourth's; sets 153-156 (Qianfeng, Zhaohua, Fucheng, Enyang) and 157-160 (Jingyang, Dachuan,
     * Bazhou, Shunqing) score the seventy-fourth round's model once more, the seventy-fifth's and the seventy-sixth's
     * candidates having failed before the seal; sets 161-164 (Tongnan, Tongliang, Dazu, Rongchang, districts of
     * Chongqing on the Sichuan border, from the audit brief's rules) the seventy-seventh's; sets 165-168 (Qijiang,
     * Bishan, Yongchuan, Hechuan, districts of Chongqing, the same way) the seventy-eighth's; sets 169-172 (Liangping,
     * Wulong, Pengshui, Youyang, Chongqing, the same way) score its model once more; sets 173-176 (Wushan, Fengjie,
     * Fuling, Wuxi, Chongqing, the same way) judge the eightieth round's change; sets 177-180 (Zhongxian, Dianjiang,
     * Qianjiang, Jiangjin, Chongqing, the same way) the eighty-first's; sets 181-184 (Wanzhou, Kaizhou, Yunyang,
     * Fengdu, Chongqing, the same way) the eighty-second's; sets 185-188 (Chengkou, Shizhu, Xiushan, Nanchuan,
     * Chongqing, the same way) the eighty-third's; sets 189-192 (Changshou, Banan, Beibei, Yubei, Chongqing, the same
     * way) the eighty-fourth's; sets 193-196 (Shapingba, Jiulongpo, Jiangbei, Dadukou, Chongqing, the same way) the
     * eighty-fifth's; sets 197-200 (Yuzhong, Chongqing; Tongzi, Xishui and Meitan, Zunyi, Guizhou, the same way) the
     * eighty-sixth's; sets 201-204 (Suiyang, Fenggang, Daozhen and Zheng'an, Zunyi, Guizhou, the same way) the
     * eighty-seventh's; sets 205-208 (Wuchuan, Yuqing, Honghuagang and Huichuan, Zunyi, Guizhou, the same way) the
     * eighty-eighth's; sets 209-212 (Renhuai, Zunyi; Kaiyang, Xiuwen and Qingzhen, Guiyang, Guizhou, the same way) the
     * eighty-ninth's; sets 213-216 (Bozhou, Zunyi; Xifeng, Guiyang; Tongzi and Meitan, Zunyi, Guizhou, a second time, the same way)
     * the ninetieth's; sets 217-220 (Puding, Zhenning, Guanling and Ziyun, Anshun, Guizhou, the same way) the
     * ninety-first's; sets 221-224 (Zhijin, Nayong, Weining and Hezhang, Bijie, Guizhou, the same way) the
     * ninety-second's; sets 225-226 (Anlong and Zhenfeng, Qianxinan, Guizhou, the same way) the ninety-third's; sets 227-228
     * (Zhenyuan and Cengong, Qiandongnan, Guizhou, the same way) the ninety-fourth's; sets 229-230 (Liping and Rongjiang,
     * Qiandongnan, Guizhou, the same way) the ninety-fifth's; sets 231-232 (Taijiang and Jianhe, Qiandongnan, Guizhou, the
     * same way, the brief's two-problems rule cut short after its first point by a slip) the ninety-sixth's; sets
     * 233-234 (Huangping, Qiandongnan, and Luodian, Qiannan, Guizhou, the same way) the ninety-seventh's; sets 235-236
     * (Fuquan and Weng'an, Qiannan, Guizhou, the same way) measure the landed model before the ninety-eighth round's change
     * was chosen; sets 237-238 (Yinjiang and Songtao, Tongren, Guizhou, the same way) judge it; sets 239-240 (Bijiang,
     * Tongren, and Panzhou, Liupanshui, Guizhou, the same way) measure the landed model before the ninety-ninth round's
     * change is chosen; sets 241-242 (Chishui, Zunyi, and Huaxi, Guiyang, Guizhou, the same way) judge it; sets
     * 243-244 (Jinsha, Bijie, Guizhou, and Xuanwei, Qujing, Yunnan, the same way) measure the landed model before the
     * hundredth round's change was chosen; sets 245-246 (Fuyuan and Huize, Qujing, Yunnan, the same way) judge it; sets
     * 247-248 (Zhanyi and Luoping, Qujing, Yunnan, the same way) measure the landed model before the hundred-and-first
     * round's change was chosen; sets 249-250 (Shizong and Malong, Qujing, Yunnan, the same way) judge it; sets 251-252
     * (Qilin, Qujing, and Luquan, Kunming, Yunnan, the same way) measure the landed model before the hundred-and-second
     * round's change was chosen; sets 253-254 (Fumin and Xishan, Kunming, Yunnan, the same way) judge it; sets 255-256
     * (Huaning and Yimen, Yuxi, Yunnan, the same way) measure the landed model before the hundred-and-third round's
     * change was chosen; sets 257-258 (Panlong and Yiliang, Kunming, Yunnan, the same way) judge it; sets 259-260
     * (Nanhua and Dayao, Chuxiong, Yunnan, the same way) measure the landed model before the hundred-and-fourth round's
     * change was chosen; sets 261-262 (Mengzi and Jianshui, Honghe, Yunnan, the same way) judge it; sets 263-264 (Luxi and Yuanyang, Honghe, Yunnan, the
     * same way) measure the landed model before the hundred-and-fifth round's change is chosen; sets 265-266 (Wenshan
     * and Yanshan, Wenshan, Yunnan, the same way) judge it; sets 267-268 (Guangnan and Funing, Wenshan, Yunnan, the
     * same way) measure the landed model before the hundred-and-sixth round's change is chosen; sets 269-270 (Jinggu
     * and Zhenyuan, Pu'er, Yunnan, the same way) judge it; sets 271-272 (Jinghong and Menghai, Xishuangbanna, Yunnan,
     * the same way) measure the landed model before the hundred-and-seventh round's change is chosen; sets 273-274
     * (Zhenkang and Shuangjiang, Lincang, Yunnan, the same way) judge it; sets 275-276 (Tengchong and Longling,
     * Baoshan, Yunnan, the same way) measure the landed model before the hundred-and-eighth round's change is chosen;
     * sets 277-278 (Yingjiang and Longchuan, Dehong, Yunnan, the same way) judge it; sets 279-280 (Weishan and Nanjian,
     * Dali, Yunnan, the same way) measure the landed model before the hundred-and-ninth round's change is chosen;
     * sets 281-282 (Yongping and Yangbi, Dali, Yunnan, the same way) judge it; sets 283-284 (Ninglang, Lijiang, and
     * Lushui, Nujiang, Yunnan, the same way) measure the landed model before the hundred-and-tenth round's change is
     * chosen; sets 285-286 (Deqin and Weixi, Diqing, Yunnan, the same way) judge it; sets 287-288 (Xichang and
     * Huili, Liangshan, Sichuan, the same way) measure the landed model before the hundred-and-eleventh round's change
     * is chosen.
     */
    static final List<String> COUNTY_FRESH = IntStream.rangeClosed(1, 288)
            .mapToObj(ClassifierEvaluation::countyFresh).toList();

    /** The file of county-style held-out set {@code n}. */
    static String countyFresh(int n) {
        return "classify/county-fresh-" + n + ".tsv";
    }

    static final List<String> ALL = Stream.of(Stream.of(HELDOUT), COUNTY_FRESH.stream(), HARD.stream())
            .flatMap(s -> s).toList();

    /**
     * The held-out sets whose misses are not listed: the freshest, kept unread to judge the changes of their round. A
     * round seals its new sets here ({@link #hard} and {@link #countyFresh} name them) before its model is scored on
     * them, and unseals them once it has been.
     */
    static final List<String> SEALED = List.of(hard(747), hard(748), hard(749), hard(750), countyFresh(287),
            countyFresh(288));

    private ClassifierEvaluation() {
    }

    static Scores evaluate(Classifier classifier, List<Corpus.Labelled> heldOut) {
        List<Classification> decisions = new ArrayList<>(heldOut.size());
        for (Corpus.Labelled example : heldOut) {
            decisions.add(classifier.classify(example.text()));
        }
        return new Scores(heldOut, decisions);
    }

    static String report(String title, Scores s) {
        StringBuilder out = new StringBuilder();
        Category e = Category.EMERGENCY;
        out.append(String.format(Locale.ROOT, "%s: %d messages, accuracy %.1f %%%n", title, s.total(), 100 * s.accuracy()));
        out.append(String.format(Locale.ROOT, "EMERGENCY recall %.1f %% (%d of %d), precision %.1f %% (%d of %d decided,"
                + " %d of them suspected)%n", 100 * s.recall(e), s.hits(e), s.labelled(e), 100 * s.precision(e),
                s.hits(e), s.decided(e), s.suspected()));
        out.append(String.format(Locale.ROOT, "Missed emergencies whose reply says what to do if it is happening now: %d of %d;"
                + " other messages told so only because a danger is not ruled out: %d of %d; other messages flagged for a"
                + " check: %d%n%n", s.missedButTold(), s.labelled(e) - s.hits(e), s.othersToldAsNotRuledOut(),
                s.total() - s.labelled(e), s.othersFlagged()));
        out.append(String.format(Locale.ROOT, "%-17s %9s %9s %9s%n", "category", "messages", "precision", "recall"));
        for (Category c : Category.values()) {
            out.append(String.format(Locale.ROOT, "%-17s %9d %8.1f%% %8.1f%%%n", c, s.labelled(c), 100 * s.precision(c),
                    100 * s.recall(c)));
        }
        out.append(String.format(Locale.ROOT, "%n%-15s %9s %9s %12s %12s%n", "family", "messages", "accuracy",
                "EMERG recall", "false alarms"));
        for (String family : s.families()) {
            Scores f = s.family(family);
            out.append(String.format(Locale.ROOT, "%-15s %9d %8.1f%% %12s %12d%n", family, f.total(), 100 * f.accuracy(),
                    f.labelled(e) == 0 ? "-" : String.format(Locale.ROOT, "%d/%d", f.hits(e), f.labelled(e)),
                    f.decided(e) - f.hits(e)));
        }
        out.append("\nConfusion matrix (rows: true category, columns: decided)\n");
        out.append(String.format("%-17s", ""));
        for (Category c : Category.values()) {
            out.append(String.format("%5s", c.name().substring(0, 4)));
        }
        out.append('\n');
        int[][] confusion = s.confusion();
        for (Category t : Category.values()) {
            out.append(String.format("%-17s", t));
            for (Category p : Category.values()) {
                out.append(String.format("%5d", confusion[t.ordinal()][p.ordinal()]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    public static void main(String[] args) {
        TrainedClassifier classifier = new TrainedClassifier();
        boolean misses = args.length > 0 && args[0].equals("--misses");
        for (String corpus : ALL) {
            Scores scores = evaluate(classifier, Corpus.read(corpus));
            System.out.println(report("Held-out " + corpus, scores));
            if (misses && !SEALED.contains(corpus)) {
                System.out.println("Misclassified:");
                scores.misses().forEach(System.out::println);
                System.out.println();
            }
        }
        // Wall time and this thread's CPU time: on a shared machine the CPU time is the steadier of the two.
        List<Corpus.Labelled> heldOut = Corpus.read(ALL.toArray(String[]::new));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int runs = 20_000;
        for (int pass = 1; pass <= 3; pass++) {
            long started = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < runs; i++) {
                classifier.classify(heldOut.get(i % heldOut.size()).text());
            }
            System.out.printf(Locale.ROOT, "Classification time (pass %d, %d messages): %.1f µs per message, %.1f µs of CPU%n",
                    pass, runs, (System.nanoTime() - started) / 1000.0 / runs,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1000.0 / runs);
        }
    }
}
