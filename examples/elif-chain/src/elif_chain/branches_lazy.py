"""Generated: a method with 2000 if/elif branches (lazy)."""


class Classifier:
    def classify(self, obj):
        if obj == 0:
            return "lazy_0"
        elif obj == 1:
            return "lazy_1"
        elif obj == 2:
            return "lazy_2"
        elif obj == 3:
            return "lazy_3"
        elif obj == 4:
            return "lazy_4"
        elif obj == 5:
            return "lazy_5"
        elif obj == 6:
            return "lazy_6"
        elif obj == 7:
            return "lazy_7"
        elif obj == 8:
            return "lazy_8"
        elif obj == 9:
            return "lazy_9"
        elif obj == 10:
            return "lazy_10"
        elif obj == 11:
            return "lazy_11"
        elif obj == 12:
            return "lazy_12"
        elif obj == 13:
            return "lazy_13"
        elif obj == 14:
            return "lazy_14"
        elif obj == 15:
            return "lazy_15"
        elif obj == 16:
            return "lazy_16"
        elif obj == 17:
            return "lazy_17"
        elif obj == 18:
            return "lazy_18"
        elif obj == 19:
            return "lazy_19"
        elif obj == 20:
            return "lazy_20"
        elif obj == 21:
            return "lazy_21"
        elif obj == 22:
            return "lazy_22"
        elif obj == 23:
            return "lazy_23"
        elif obj == 24:
            return "lazy_24"
        elif obj == 25:
            return "lazy_25"
        elif obj == 26:
            return "lazy_26"
        elif obj == 27:
            return "lazy_27"
        elif obj == 28:
            return "lazy_28"
        elif obj == 29:
            return "lazy_29"
        elif obj == 30:
            return "lazy_30"
        elif obj == 31:
            return "lazy_31"
        elif obj == 32:
            return "lazy_32"
        elif obj == 33:
            return "lazy_33"
        elif obj == 34:
            return "lazy_34"
        elif obj == 35:
            return "lazy_35"
        elif obj == 36:
            return "lazy_36"
        elif obj == 37:
            return "lazy_37"
        elif obj == 38:
            return "lazy_38"
        elif obj == 39:
            return "lazy_39"
        elif obj == 40:
            return "lazy_40"
        elif obj == 41:
            return "lazy_41"
        elif obj == 42:
            return "lazy_42"
        elif obj == 43:
            return "lazy_43"
        elif obj == 44:
            return "lazy_44"
        elif obj == 45:
            return "lazy_45"
        elif obj == 46:
            return "lazy_46"
        elif obj == 47:
            return "lazy_47"
        elif obj == 48:
            return "lazy_48"
        elif obj == 49:
            return "lazy_49"
        elif obj == 50:
            return "lazy_50"
        elif obj == 51:
            return "lazy_51"
        elif obj == 52:
            return "lazy_52"
        elif obj == 53:
            return "lazy_53"
        elif obj == 54:
            return "lazy_54"
        elif obj == 55:
            return "lazy_55"
        elif obj == 56:
            return "lazy_56"
        elif obj == 57:
            return "lazy_57"
        elif obj == 58:
            return "lazy_58"
        elif obj == 59:
            return "lazy_59"
        elif obj == 60:
            return "lazy_60"
        elif obj == 61:
            return "lazy_61"
        elif obj == 62:
            return "lazy_62"
        elif obj == 63:
            return "lazy_63"
        elif obj == 64:
            return "lazy_64"
        elif obj == 65:
            return "lazy_65"
        elif obj == 66:
            return "lazy_66"
        elif obj == 67:
            return "lazy_67"
        elif obj == 68:
            return "lazy_68"
        elif obj == 69:
            return "lazy_69"
        elif obj == 70:
            return "lazy_70"
        elif obj == 71:
            return "lazy_71"
        elif obj == 72:
            return "lazy_72"
        elif obj == 73:
            return "lazy_73"
        elif obj == 74:
            return "lazy_74"
        elif obj == 75:
            return "lazy_75"
        elif obj == 76:
            return "lazy_76"
        elif obj == 77:
            return "lazy_77"
        elif obj == 78:
            return "lazy_78"
        elif obj == 79:
            return "lazy_79"
        elif obj == 80:
            return "lazy_80"
        elif obj == 81:
            return "lazy_81"
        elif obj == 82:
            return "lazy_82"
        elif obj == 83:
            return "lazy_83"
        elif obj == 84:
            return "lazy_84"
        elif obj == 85:
            return "lazy_85"
        elif obj == 86:
            return "lazy_86"
        elif obj == 87:
            return "lazy_87"
        elif obj == 88:
            return "lazy_88"
        elif obj == 89:
            return "lazy_89"
        elif obj == 90:
            return "lazy_90"
        elif obj == 91:
            return "lazy_91"
        elif obj == 92:
            return "lazy_92"
        elif obj == 93:
            return "lazy_93"
        elif obj == 94:
            return "lazy_94"
        elif obj == 95:
            return "lazy_95"
        elif obj == 96:
            return "lazy_96"
        elif obj == 97:
            return "lazy_97"
        elif obj == 98:
            return "lazy_98"
        elif obj == 99:
            return "lazy_99"
        elif obj == 100:
            return "lazy_100"
        elif obj == 101:
            return "lazy_101"
        elif obj == 102:
            return "lazy_102"
        elif obj == 103:
            return "lazy_103"
        elif obj == 104:
            return "lazy_104"
        elif obj == 105:
            return "lazy_105"
        elif obj == 106:
            return "lazy_106"
        elif obj == 107:
            return "lazy_107"
        elif obj == 108:
            return "lazy_108"
        elif obj == 109:
            return "lazy_109"
        elif obj == 110:
            return "lazy_110"
        elif obj == 111:
            return "lazy_111"
        elif obj == 112:
            return "lazy_112"
        elif obj == 113:
            return "lazy_113"
        elif obj == 114:
            return "lazy_114"
        elif obj == 115:
            return "lazy_115"
        elif obj == 116:
            return "lazy_116"
        elif obj == 117:
            return "lazy_117"
        elif obj == 118:
            return "lazy_118"
        elif obj == 119:
            return "lazy_119"
        elif obj == 120:
            return "lazy_120"
        elif obj == 121:
            return "lazy_121"
        elif obj == 122:
            return "lazy_122"
        elif obj == 123:
            return "lazy_123"
        elif obj == 124:
            return "lazy_124"
        elif obj == 125:
            return "lazy_125"
        elif obj == 126:
            return "lazy_126"
        elif obj == 127:
            return "lazy_127"
        elif obj == 128:
            return "lazy_128"
        elif obj == 129:
            return "lazy_129"
        elif obj == 130:
            return "lazy_130"
        elif obj == 131:
            return "lazy_131"
        elif obj == 132:
            return "lazy_132"
        elif obj == 133:
            return "lazy_133"
        elif obj == 134:
            return "lazy_134"
        elif obj == 135:
            return "lazy_135"
        elif obj == 136:
            return "lazy_136"
        elif obj == 137:
            return "lazy_137"
        elif obj == 138:
            return "lazy_138"
        elif obj == 139:
            return "lazy_139"
        elif obj == 140:
            return "lazy_140"
        elif obj == 141:
            return "lazy_141"
        elif obj == 142:
            return "lazy_142"
        elif obj == 143:
            return "lazy_143"
        elif obj == 144:
            return "lazy_144"
        elif obj == 145:
            return "lazy_145"
        elif obj == 146:
            return "lazy_146"
        elif obj == 147:
            return "lazy_147"
        elif obj == 148:
            return "lazy_148"
        elif obj == 149:
            return "lazy_149"
        elif obj == 150:
            return "lazy_150"
        elif obj == 151:
            return "lazy_151"
        elif obj == 152:
            return "lazy_152"
        elif obj == 153:
            return "lazy_153"
        elif obj == 154:
            return "lazy_154"
        elif obj == 155:
            return "lazy_155"
        elif obj == 156:
            return "lazy_156"
        elif obj == 157:
            return "lazy_157"
        elif obj == 158:
            return "lazy_158"
        elif obj == 159:
            return "lazy_159"
        elif obj == 160:
            return "lazy_160"
        elif obj == 161:
            return "lazy_161"
        elif obj == 162:
            return "lazy_162"
        elif obj == 163:
            return "lazy_163"
        elif obj == 164:
            return "lazy_164"
        elif obj == 165:
            return "lazy_165"
        elif obj == 166:
            return "lazy_166"
        elif obj == 167:
            return "lazy_167"
        elif obj == 168:
            return "lazy_168"
        elif obj == 169:
            return "lazy_169"
        elif obj == 170:
            return "lazy_170"
        elif obj == 171:
            return "lazy_171"
        elif obj == 172:
            return "lazy_172"
        elif obj == 173:
            return "lazy_173"
        elif obj == 174:
            return "lazy_174"
        elif obj == 175:
            return "lazy_175"
        elif obj == 176:
            return "lazy_176"
        elif obj == 177:
            return "lazy_177"
        elif obj == 178:
            return "lazy_178"
        elif obj == 179:
            return "lazy_179"
        elif obj == 180:
            return "lazy_180"
        elif obj == 181:
            return "lazy_181"
        elif obj == 182:
            return "lazy_182"
        elif obj == 183:
            return "lazy_183"
        elif obj == 184:
            return "lazy_184"
        elif obj == 185:
            return "lazy_185"
        elif obj == 186:
            return "lazy_186"
        elif obj == 187:
            return "lazy_187"
        elif obj == 188:
            return "lazy_188"
        elif obj == 189:
            return "lazy_189"
        elif obj == 190:
            return "lazy_190"
        elif obj == 191:
            return "lazy_191"
        elif obj == 192:
            return "lazy_192"
        elif obj == 193:
            return "lazy_193"
        elif obj == 194:
            return "lazy_194"
        elif obj == 195:
            return "lazy_195"
        elif obj == 196:
            return "lazy_196"
        elif obj == 197:
            return "lazy_197"
        elif obj == 198:
            return "lazy_198"
        elif obj == 199:
            return "lazy_199"
        elif obj == 200:
            return "lazy_200"
        elif obj == 201:
            return "lazy_201"
        elif obj == 202:
            return "lazy_202"
        elif obj == 203:
            return "lazy_203"
        elif obj == 204:
            return "lazy_204"
        elif obj == 205:
            return "lazy_205"
        elif obj == 206:
            return "lazy_206"
        elif obj == 207:
            return "lazy_207"
        elif obj == 208:
            return "lazy_208"
        elif obj == 209:
            return "lazy_209"
        elif obj == 210:
            return "lazy_210"
        elif obj == 211:
            return "lazy_211"
        elif obj == 212:
            return "lazy_212"
        elif obj == 213:
            return "lazy_213"
        elif obj == 214:
            return "lazy_214"
        elif obj == 215:
            return "lazy_215"
        elif obj == 216:
            return "lazy_216"
        elif obj == 217:
            return "lazy_217"
        elif obj == 218:
            return "lazy_218"
        elif obj == 219:
            return "lazy_219"
        elif obj == 220:
            return "lazy_220"
        elif obj == 221:
            return "lazy_221"
        elif obj == 222:
            return "lazy_222"
        elif obj == 223:
            return "lazy_223"
        elif obj == 224:
            return "lazy_224"
        elif obj == 225:
            return "lazy_225"
        elif obj == 226:
            return "lazy_226"
        elif obj == 227:
            return "lazy_227"
        elif obj == 228:
            return "lazy_228"
        elif obj == 229:
            return "lazy_229"
        elif obj == 230:
            return "lazy_230"
        elif obj == 231:
            return "lazy_231"
        elif obj == 232:
            return "lazy_232"
        elif obj == 233:
            return "lazy_233"
        elif obj == 234:
            return "lazy_234"
        elif obj == 235:
            return "lazy_235"
        elif obj == 236:
            return "lazy_236"
        elif obj == 237:
            return "lazy_237"
        elif obj == 238:
            return "lazy_238"
        elif obj == 239:
            return "lazy_239"
        elif obj == 240:
            return "lazy_240"
        elif obj == 241:
            return "lazy_241"
        elif obj == 242:
            return "lazy_242"
        elif obj == 243:
            return "lazy_243"
        elif obj == 244:
            return "lazy_244"
        elif obj == 245:
            return "lazy_245"
        elif obj == 246:
            return "lazy_246"
        elif obj == 247:
            return "lazy_247"
        elif obj == 248:
            return "lazy_248"
        elif obj == 249:
            return "lazy_249"
        elif obj == 250:
            return "lazy_250"
        elif obj == 251:
            return "lazy_251"
        elif obj == 252:
            return "lazy_252"
        elif obj == 253:
            return "lazy_253"
        elif obj == 254:
            return "lazy_254"
        elif obj == 255:
            return "lazy_255"
        elif obj == 256:
            return "lazy_256"
        elif obj == 257:
            return "lazy_257"
        elif obj == 258:
            return "lazy_258"
        elif obj == 259:
            return "lazy_259"
        elif obj == 260:
            return "lazy_260"
        elif obj == 261:
            return "lazy_261"
        elif obj == 262:
            return "lazy_262"
        elif obj == 263:
            return "lazy_263"
        elif obj == 264:
            return "lazy_264"
        elif obj == 265:
            return "lazy_265"
        elif obj == 266:
            return "lazy_266"
        elif obj == 267:
            return "lazy_267"
        elif obj == 268:
            return "lazy_268"
        elif obj == 269:
            return "lazy_269"
        elif obj == 270:
            return "lazy_270"
        elif obj == 271:
            return "lazy_271"
        elif obj == 272:
            return "lazy_272"
        elif obj == 273:
            return "lazy_273"
        elif obj == 274:
            return "lazy_274"
        elif obj == 275:
            return "lazy_275"
        elif obj == 276:
            return "lazy_276"
        elif obj == 277:
            return "lazy_277"
        elif obj == 278:
            return "lazy_278"
        elif obj == 279:
            return "lazy_279"
        elif obj == 280:
            return "lazy_280"
        elif obj == 281:
            return "lazy_281"
        elif obj == 282:
            return "lazy_282"
        elif obj == 283:
            return "lazy_283"
        elif obj == 284:
            return "lazy_284"
        elif obj == 285:
            return "lazy_285"
        elif obj == 286:
            return "lazy_286"
        elif obj == 287:
            return "lazy_287"
        elif obj == 288:
            return "lazy_288"
        elif obj == 289:
            return "lazy_289"
        elif obj == 290:
            return "lazy_290"
        elif obj == 291:
            return "lazy_291"
        elif obj == 292:
            return "lazy_292"
        elif obj == 293:
            return "lazy_293"
        elif obj == 294:
            return "lazy_294"
        elif obj == 295:
            return "lazy_295"
        elif obj == 296:
            return "lazy_296"
        elif obj == 297:
            return "lazy_297"
        elif obj == 298:
            return "lazy_298"
        elif obj == 299:
            return "lazy_299"
        elif obj == 300:
            return "lazy_300"
        elif obj == 301:
            return "lazy_301"
        elif obj == 302:
            return "lazy_302"
        elif obj == 303:
            return "lazy_303"
        elif obj == 304:
            return "lazy_304"
        elif obj == 305:
            return "lazy_305"
        elif obj == 306:
            return "lazy_306"
        elif obj == 307:
            return "lazy_307"
        elif obj == 308:
            return "lazy_308"
        elif obj == 309:
            return "lazy_309"
        elif obj == 310:
            return "lazy_310"
        elif obj == 311:
            return "lazy_311"
        elif obj == 312:
            return "lazy_312"
        elif obj == 313:
            return "lazy_313"
        elif obj == 314:
            return "lazy_314"
        elif obj == 315:
            return "lazy_315"
        elif obj == 316:
            return "lazy_316"
        elif obj == 317:
            return "lazy_317"
        elif obj == 318:
            return "lazy_318"
        elif obj == 319:
            return "lazy_319"
        elif obj == 320:
            return "lazy_320"
        elif obj == 321:
            return "lazy_321"
        elif obj == 322:
            return "lazy_322"
        elif obj == 323:
            return "lazy_323"
        elif obj == 324:
            return "lazy_324"
        elif obj == 325:
            return "lazy_325"
        elif obj == 326:
            return "lazy_326"
        elif obj == 327:
            return "lazy_327"
        elif obj == 328:
            return "lazy_328"
        elif obj == 329:
            return "lazy_329"
        elif obj == 330:
            return "lazy_330"
        elif obj == 331:
            return "lazy_331"
        elif obj == 332:
            return "lazy_332"
        elif obj == 333:
            return "lazy_333"
        elif obj == 334:
            return "lazy_334"
        elif obj == 335:
            return "lazy_335"
        elif obj == 336:
            return "lazy_336"
        elif obj == 337:
            return "lazy_337"
        elif obj == 338:
            return "lazy_338"
        elif obj == 339:
            return "lazy_339"
        elif obj == 340:
            return "lazy_340"
        elif obj == 341:
            return "lazy_341"
        elif obj == 342:
            return "lazy_342"
        elif obj == 343:
            return "lazy_343"
        elif obj == 344:
            return "lazy_344"
        elif obj == 345:
            return "lazy_345"
        elif obj == 346:
            return "lazy_346"
        elif obj == 347:
            return "lazy_347"
        elif obj == 348:
            return "lazy_348"
        elif obj == 349:
            return "lazy_349"
        elif obj == 350:
            return "lazy_350"
        elif obj == 351:
            return "lazy_351"
        elif obj == 352:
            return "lazy_352"
        elif obj == 353:
            return "lazy_353"
        elif obj == 354:
            return "lazy_354"
        elif obj == 355:
            return "lazy_355"
        elif obj == 356:
            return "lazy_356"
        elif obj == 357:
            return "lazy_357"
        elif obj == 358:
            return "lazy_358"
        elif obj == 359:
            return "lazy_359"
        elif obj == 360:
            return "lazy_360"
        elif obj == 361:
            return "lazy_361"
        elif obj == 362:
            return "lazy_362"
        elif obj == 363:
            return "lazy_363"
        elif obj == 364:
            return "lazy_364"
        elif obj == 365:
            return "lazy_365"
        elif obj == 366:
            return "lazy_366"
        elif obj == 367:
            return "lazy_367"
        elif obj == 368:
            return "lazy_368"
        elif obj == 369:
            return "lazy_369"
        elif obj == 370:
            return "lazy_370"
        elif obj == 371:
            return "lazy_371"
        elif obj == 372:
            return "lazy_372"
        elif obj == 373:
            return "lazy_373"
        elif obj == 374:
            return "lazy_374"
        elif obj == 375:
            return "lazy_375"
        elif obj == 376:
            return "lazy_376"
        elif obj == 377:
            return "lazy_377"
        elif obj == 378:
            return "lazy_378"
        elif obj == 379:
            return "lazy_379"
        elif obj == 380:
            return "lazy_380"
        elif obj == 381:
            return "lazy_381"
        elif obj == 382:
            return "lazy_382"
        elif obj == 383:
            return "lazy_383"
        elif obj == 384:
            return "lazy_384"
        elif obj == 385:
            return "lazy_385"
        elif obj == 386:
            return "lazy_386"
        elif obj == 387:
            return "lazy_387"
        elif obj == 388:
            return "lazy_388"
        elif obj == 389:
            return "lazy_389"
        elif obj == 390:
            return "lazy_390"
        elif obj == 391:
            return "lazy_391"
        elif obj == 392:
            return "lazy_392"
        elif obj == 393:
            return "lazy_393"
        elif obj == 394:
            return "lazy_394"
        elif obj == 395:
            return "lazy_395"
        elif obj == 396:
            return "lazy_396"
        elif obj == 397:
            return "lazy_397"
        elif obj == 398:
            return "lazy_398"
        elif obj == 399:
            return "lazy_399"
        elif obj == 400:
            return "lazy_400"
        elif obj == 401:
            return "lazy_401"
        elif obj == 402:
            return "lazy_402"
        elif obj == 403:
            return "lazy_403"
        elif obj == 404:
            return "lazy_404"
        elif obj == 405:
            return "lazy_405"
        elif obj == 406:
            return "lazy_406"
        elif obj == 407:
            return "lazy_407"
        elif obj == 408:
            return "lazy_408"
        elif obj == 409:
            return "lazy_409"
        elif obj == 410:
            return "lazy_410"
        elif obj == 411:
            return "lazy_411"
        elif obj == 412:
            return "lazy_412"
        elif obj == 413:
            return "lazy_413"
        elif obj == 414:
            return "lazy_414"
        elif obj == 415:
            return "lazy_415"
        elif obj == 416:
            return "lazy_416"
        elif obj == 417:
            return "lazy_417"
        elif obj == 418:
            return "lazy_418"
        elif obj == 419:
            return "lazy_419"
        elif obj == 420:
            return "lazy_420"
        elif obj == 421:
            return "lazy_421"
        elif obj == 422:
            return "lazy_422"
        elif obj == 423:
            return "lazy_423"
        elif obj == 424:
            return "lazy_424"
        elif obj == 425:
            return "lazy_425"
        elif obj == 426:
            return "lazy_426"
        elif obj == 427:
            return "lazy_427"
        elif obj == 428:
            return "lazy_428"
        elif obj == 429:
            return "lazy_429"
        elif obj == 430:
            return "lazy_430"
        elif obj == 431:
            return "lazy_431"
        elif obj == 432:
            return "lazy_432"
        elif obj == 433:
            return "lazy_433"
        elif obj == 434:
            return "lazy_434"
        elif obj == 435:
            return "lazy_435"
        elif obj == 436:
            return "lazy_436"
        elif obj == 437:
            return "lazy_437"
        elif obj == 438:
            return "lazy_438"
        elif obj == 439:
            return "lazy_439"
        elif obj == 440:
            return "lazy_440"
        elif obj == 441:
            return "lazy_441"
        elif obj == 442:
            return "lazy_442"
        elif obj == 443:
            return "lazy_443"
        elif obj == 444:
            return "lazy_444"
        elif obj == 445:
            return "lazy_445"
        elif obj == 446:
            return "lazy_446"
        elif obj == 447:
            return "lazy_447"
        elif obj == 448:
            return "lazy_448"
        elif obj == 449:
            return "lazy_449"
        elif obj == 450:
            return "lazy_450"
        elif obj == 451:
            return "lazy_451"
        elif obj == 452:
            return "lazy_452"
        elif obj == 453:
            return "lazy_453"
        elif obj == 454:
            return "lazy_454"
        elif obj == 455:
            return "lazy_455"
        elif obj == 456:
            return "lazy_456"
        elif obj == 457:
            return "lazy_457"
        elif obj == 458:
            return "lazy_458"
        elif obj == 459:
            return "lazy_459"
        elif obj == 460:
            return "lazy_460"
        elif obj == 461:
            return "lazy_461"
        elif obj == 462:
            return "lazy_462"
        elif obj == 463:
            return "lazy_463"
        elif obj == 464:
            return "lazy_464"
        elif obj == 465:
            return "lazy_465"
        elif obj == 466:
            return "lazy_466"
        elif obj == 467:
            return "lazy_467"
        elif obj == 468:
            return "lazy_468"
        elif obj == 469:
            return "lazy_469"
        elif obj == 470:
            return "lazy_470"
        elif obj == 471:
            return "lazy_471"
        elif obj == 472:
            return "lazy_472"
        elif obj == 473:
            return "lazy_473"
        elif obj == 474:
            return "lazy_474"
        elif obj == 475:
            return "lazy_475"
        elif obj == 476:
            return "lazy_476"
        elif obj == 477:
            return "lazy_477"
        elif obj == 478:
            return "lazy_478"
        elif obj == 479:
            return "lazy_479"
        elif obj == 480:
            return "lazy_480"
        elif obj == 481:
            return "lazy_481"
        elif obj == 482:
            return "lazy_482"
        elif obj == 483:
            return "lazy_483"
        elif obj == 484:
            return "lazy_484"
        elif obj == 485:
            return "lazy_485"
        elif obj == 486:
            return "lazy_486"
        elif obj == 487:
            return "lazy_487"
        elif obj == 488:
            return "lazy_488"
        elif obj == 489:
            return "lazy_489"
        elif obj == 490:
            return "lazy_490"
        elif obj == 491:
            return "lazy_491"
        elif obj == 492:
            return "lazy_492"
        elif obj == 493:
            return "lazy_493"
        elif obj == 494:
            return "lazy_494"
        elif obj == 495:
            return "lazy_495"
        elif obj == 496:
            return "lazy_496"
        elif obj == 497:
            return "lazy_497"
        elif obj == 498:
            return "lazy_498"
        elif obj == 499:
            return "lazy_499"
        elif obj == 500:
            return "lazy_500"
        elif obj == 501:
            return "lazy_501"
        elif obj == 502:
            return "lazy_502"
        elif obj == 503:
            return "lazy_503"
        elif obj == 504:
            return "lazy_504"
        elif obj == 505:
            return "lazy_505"
        elif obj == 506:
            return "lazy_506"
        elif obj == 507:
            return "lazy_507"
        elif obj == 508:
            return "lazy_508"
        elif obj == 509:
            return "lazy_509"
        elif obj == 510:
            return "lazy_510"
        elif obj == 511:
            return "lazy_511"
        elif obj == 512:
            return "lazy_512"
        elif obj == 513:
            return "lazy_513"
        elif obj == 514:
            return "lazy_514"
        elif obj == 515:
            return "lazy_515"
        elif obj == 516:
            return "lazy_516"
        elif obj == 517:
            return "lazy_517"
        elif obj == 518:
            return "lazy_518"
        elif obj == 519:
            return "lazy_519"
        elif obj == 520:
            return "lazy_520"
        elif obj == 521:
            return "lazy_521"
        elif obj == 522:
            return "lazy_522"
        elif obj == 523:
            return "lazy_523"
        elif obj == 524:
            return "lazy_524"
        elif obj == 525:
            return "lazy_525"
        elif obj == 526:
            return "lazy_526"
        elif obj == 527:
            return "lazy_527"
        elif obj == 528:
            return "lazy_528"
        elif obj == 529:
            return "lazy_529"
        elif obj == 530:
            return "lazy_530"
        elif obj == 531:
            return "lazy_531"
        elif obj == 532:
            return "lazy_532"
        elif obj == 533:
            return "lazy_533"
        elif obj == 534:
            return "lazy_534"
        elif obj == 535:
            return "lazy_535"
        elif obj == 536:
            return "lazy_536"
        elif obj == 537:
            return "lazy_537"
        elif obj == 538:
            return "lazy_538"
        elif obj == 539:
            return "lazy_539"
        elif obj == 540:
            return "lazy_540"
        elif obj == 541:
            return "lazy_541"
        elif obj == 542:
            return "lazy_542"
        elif obj == 543:
            return "lazy_543"
        elif obj == 544:
            return "lazy_544"
        elif obj == 545:
            return "lazy_545"
        elif obj == 546:
            return "lazy_546"
        elif obj == 547:
            return "lazy_547"
        elif obj == 548:
            return "lazy_548"
        elif obj == 549:
            return "lazy_549"
        elif obj == 550:
            return "lazy_550"
        elif obj == 551:
            return "lazy_551"
        elif obj == 552:
            return "lazy_552"
        elif obj == 553:
            return "lazy_553"
        elif obj == 554:
            return "lazy_554"
        elif obj == 555:
            return "lazy_555"
        elif obj == 556:
            return "lazy_556"
        elif obj == 557:
            return "lazy_557"
        elif obj == 558:
            return "lazy_558"
        elif obj == 559:
            return "lazy_559"
        elif obj == 560:
            return "lazy_560"
        elif obj == 561:
            return "lazy_561"
        elif obj == 562:
            return "lazy_562"
        elif obj == 563:
            return "lazy_563"
        elif obj == 564:
            return "lazy_564"
        elif obj == 565:
            return "lazy_565"
        elif obj == 566:
            return "lazy_566"
        elif obj == 567:
            return "lazy_567"
        elif obj == 568:
            return "lazy_568"
        elif obj == 569:
            return "lazy_569"
        elif obj == 570:
            return "lazy_570"
        elif obj == 571:
            return "lazy_571"
        elif obj == 572:
            return "lazy_572"
        elif obj == 573:
            return "lazy_573"
        elif obj == 574:
            return "lazy_574"
        elif obj == 575:
            return "lazy_575"
        elif obj == 576:
            return "lazy_576"
        elif obj == 577:
            return "lazy_577"
        elif obj == 578:
            return "lazy_578"
        elif obj == 579:
            return "lazy_579"
        elif obj == 580:
            return "lazy_580"
        elif obj == 581:
            return "lazy_581"
        elif obj == 582:
            return "lazy_582"
        elif obj == 583:
            return "lazy_583"
        elif obj == 584:
            return "lazy_584"
        elif obj == 585:
            return "lazy_585"
        elif obj == 586:
            return "lazy_586"
        elif obj == 587:
            return "lazy_587"
        elif obj == 588:
            return "lazy_588"
        elif obj == 589:
            return "lazy_589"
        elif obj == 590:
            return "lazy_590"
        elif obj == 591:
            return "lazy_591"
        elif obj == 592:
            return "lazy_592"
        elif obj == 593:
            return "lazy_593"
        elif obj == 594:
            return "lazy_594"
        elif obj == 595:
            return "lazy_595"
        elif obj == 596:
            return "lazy_596"
        elif obj == 597:
            return "lazy_597"
        elif obj == 598:
            return "lazy_598"
        elif obj == 599:
            return "lazy_599"
        elif obj == 600:
            return "lazy_600"
        elif obj == 601:
            return "lazy_601"
        elif obj == 602:
            return "lazy_602"
        elif obj == 603:
            return "lazy_603"
        elif obj == 604:
            return "lazy_604"
        elif obj == 605:
            return "lazy_605"
        elif obj == 606:
            return "lazy_606"
        elif obj == 607:
            return "lazy_607"
        elif obj == 608:
            return "lazy_608"
        elif obj == 609:
            return "lazy_609"
        elif obj == 610:
            return "lazy_610"
        elif obj == 611:
            return "lazy_611"
        elif obj == 612:
            return "lazy_612"
        elif obj == 613:
            return "lazy_613"
        elif obj == 614:
            return "lazy_614"
        elif obj == 615:
            return "lazy_615"
        elif obj == 616:
            return "lazy_616"
        elif obj == 617:
            return "lazy_617"
        elif obj == 618:
            return "lazy_618"
        elif obj == 619:
            return "lazy_619"
        elif obj == 620:
            return "lazy_620"
        elif obj == 621:
            return "lazy_621"
        elif obj == 622:
            return "lazy_622"
        elif obj == 623:
            return "lazy_623"
        elif obj == 624:
            return "lazy_624"
        elif obj == 625:
            return "lazy_625"
        elif obj == 626:
            return "lazy_626"
        elif obj == 627:
            return "lazy_627"
        elif obj == 628:
            return "lazy_628"
        elif obj == 629:
            return "lazy_629"
        elif obj == 630:
            return "lazy_630"
        elif obj == 631:
            return "lazy_631"
        elif obj == 632:
            return "lazy_632"
        elif obj == 633:
            return "lazy_633"
        elif obj == 634:
            return "lazy_634"
        elif obj == 635:
            return "lazy_635"
        elif obj == 636:
            return "lazy_636"
        elif obj == 637:
            return "lazy_637"
        elif obj == 638:
            return "lazy_638"
        elif obj == 639:
            return "lazy_639"
        elif obj == 640:
            return "lazy_640"
        elif obj == 641:
            return "lazy_641"
        elif obj == 642:
            return "lazy_642"
        elif obj == 643:
            return "lazy_643"
        elif obj == 644:
            return "lazy_644"
        elif obj == 645:
            return "lazy_645"
        elif obj == 646:
            return "lazy_646"
        elif obj == 647:
            return "lazy_647"
        elif obj == 648:
            return "lazy_648"
        elif obj == 649:
            return "lazy_649"
        elif obj == 650:
            return "lazy_650"
        elif obj == 651:
            return "lazy_651"
        elif obj == 652:
            return "lazy_652"
        elif obj == 653:
            return "lazy_653"
        elif obj == 654:
            return "lazy_654"
        elif obj == 655:
            return "lazy_655"
        elif obj == 656:
            return "lazy_656"
        elif obj == 657:
            return "lazy_657"
        elif obj == 658:
            return "lazy_658"
        elif obj == 659:
            return "lazy_659"
        elif obj == 660:
            return "lazy_660"
        elif obj == 661:
            return "lazy_661"
        elif obj == 662:
            return "lazy_662"
        elif obj == 663:
            return "lazy_663"
        elif obj == 664:
            return "lazy_664"
        elif obj == 665:
            return "lazy_665"
        elif obj == 666:
            return "lazy_666"
        elif obj == 667:
            return "lazy_667"
        elif obj == 668:
            return "lazy_668"
        elif obj == 669:
            return "lazy_669"
        elif obj == 670:
            return "lazy_670"
        elif obj == 671:
            return "lazy_671"
        elif obj == 672:
            return "lazy_672"
        elif obj == 673:
            return "lazy_673"
        elif obj == 674:
            return "lazy_674"
        elif obj == 675:
            return "lazy_675"
        elif obj == 676:
            return "lazy_676"
        elif obj == 677:
            return "lazy_677"
        elif obj == 678:
            return "lazy_678"
        elif obj == 679:
            return "lazy_679"
        elif obj == 680:
            return "lazy_680"
        elif obj == 681:
            return "lazy_681"
        elif obj == 682:
            return "lazy_682"
        elif obj == 683:
            return "lazy_683"
        elif obj == 684:
            return "lazy_684"
        elif obj == 685:
            return "lazy_685"
        elif obj == 686:
            return "lazy_686"
        elif obj == 687:
            return "lazy_687"
        elif obj == 688:
            return "lazy_688"
        elif obj == 689:
            return "lazy_689"
        elif obj == 690:
            return "lazy_690"
        elif obj == 691:
            return "lazy_691"
        elif obj == 692:
            return "lazy_692"
        elif obj == 693:
            return "lazy_693"
        elif obj == 694:
            return "lazy_694"
        elif obj == 695:
            return "lazy_695"
        elif obj == 696:
            return "lazy_696"
        elif obj == 697:
            return "lazy_697"
        elif obj == 698:
            return "lazy_698"
        elif obj == 699:
            return "lazy_699"
        elif obj == 700:
            return "lazy_700"
        elif obj == 701:
            return "lazy_701"
        elif obj == 702:
            return "lazy_702"
        elif obj == 703:
            return "lazy_703"
        elif obj == 704:
            return "lazy_704"
        elif obj == 705:
            return "lazy_705"
        elif obj == 706:
            return "lazy_706"
        elif obj == 707:
            return "lazy_707"
        elif obj == 708:
            return "lazy_708"
        elif obj == 709:
            return "lazy_709"
        elif obj == 710:
            return "lazy_710"
        elif obj == 711:
            return "lazy_711"
        elif obj == 712:
            return "lazy_712"
        elif obj == 713:
            return "lazy_713"
        elif obj == 714:
            return "lazy_714"
        elif obj == 715:
            return "lazy_715"
        elif obj == 716:
            return "lazy_716"
        elif obj == 717:
            return "lazy_717"
        elif obj == 718:
            return "lazy_718"
        elif obj == 719:
            return "lazy_719"
        elif obj == 720:
            return "lazy_720"
        elif obj == 721:
            return "lazy_721"
        elif obj == 722:
            return "lazy_722"
        elif obj == 723:
            return "lazy_723"
        elif obj == 724:
            return "lazy_724"
        elif obj == 725:
            return "lazy_725"
        elif obj == 726:
            return "lazy_726"
        elif obj == 727:
            return "lazy_727"
        elif obj == 728:
            return "lazy_728"
        elif obj == 729:
            return "lazy_729"
        elif obj == 730:
            return "lazy_730"
        elif obj == 731:
            return "lazy_731"
        elif obj == 732:
            return "lazy_732"
        elif obj == 733:
            return "lazy_733"
        elif obj == 734:
            return "lazy_734"
        elif obj == 735:
            return "lazy_735"
        elif obj == 736:
            return "lazy_736"
        elif obj == 737:
            return "lazy_737"
        elif obj == 738:
            return "lazy_738"
        elif obj == 739:
            return "lazy_739"
        elif obj == 740:
            return "lazy_740"
        elif obj == 741:
            return "lazy_741"
        elif obj == 742:
            return "lazy_742"
        elif obj == 743:
            return "lazy_743"
        elif obj == 744:
            return "lazy_744"
        elif obj == 745:
            return "lazy_745"
        elif obj == 746:
            return "lazy_746"
        elif obj == 747:
            return "lazy_747"
        elif obj == 748:
            return "lazy_748"
        elif obj == 749:
            return "lazy_749"
        elif obj == 750:
            return "lazy_750"
        elif obj == 751:
            return "lazy_751"
        elif obj == 752:
            return "lazy_752"
        elif obj == 753:
            return "lazy_753"
        elif obj == 754:
            return "lazy_754"
        elif obj == 755:
            return "lazy_755"
        elif obj == 756:
            return "lazy_756"
        elif obj == 757:
            return "lazy_757"
        elif obj == 758:
            return "lazy_758"
        elif obj == 759:
            return "lazy_759"
        elif obj == 760:
            return "lazy_760"
        elif obj == 761:
            return "lazy_761"
        elif obj == 762:
            return "lazy_762"
        elif obj == 763:
            return "lazy_763"
        elif obj == 764:
            return "lazy_764"
        elif obj == 765:
            return "lazy_765"
        elif obj == 766:
            return "lazy_766"
        elif obj == 767:
            return "lazy_767"
        elif obj == 768:
            return "lazy_768"
        elif obj == 769:
            return "lazy_769"
        elif obj == 770:
            return "lazy_770"
        elif obj == 771:
            return "lazy_771"
        elif obj == 772:
            return "lazy_772"
        elif obj == 773:
            return "lazy_773"
        elif obj == 774:
            return "lazy_774"
        elif obj == 775:
            return "lazy_775"
        elif obj == 776:
            return "lazy_776"
        elif obj == 777:
            return "lazy_777"
        elif obj == 778:
            return "lazy_778"
        elif obj == 779:
            return "lazy_779"
        elif obj == 780:
            return "lazy_780"
        elif obj == 781:
            return "lazy_781"
        elif obj == 782:
            return "lazy_782"
        elif obj == 783:
            return "lazy_783"
        elif obj == 784:
            return "lazy_784"
        elif obj == 785:
            return "lazy_785"
        elif obj == 786:
            return "lazy_786"
        elif obj == 787:
            return "lazy_787"
        elif obj == 788:
            return "lazy_788"
        elif obj == 789:
            return "lazy_789"
        elif obj == 790:
            return "lazy_790"
        elif obj == 791:
            return "lazy_791"
        elif obj == 792:
            return "lazy_792"
        elif obj == 793:
            return "lazy_793"
        elif obj == 794:
            return "lazy_794"
        elif obj == 795:
            return "lazy_795"
        elif obj == 796:
            return "lazy_796"
        elif obj == 797:
            return "lazy_797"
        elif obj == 798:
            return "lazy_798"
        elif obj == 799:
            return "lazy_799"
        elif obj == 800:
            return "lazy_800"
        elif obj == 801:
            return "lazy_801"
        elif obj == 802:
            return "lazy_802"
        elif obj == 803:
            return "lazy_803"
        elif obj == 804:
            return "lazy_804"
        elif obj == 805:
            return "lazy_805"
        elif obj == 806:
            return "lazy_806"
        elif obj == 807:
            return "lazy_807"
        elif obj == 808:
            return "lazy_808"
        elif obj == 809:
            return "lazy_809"
        elif obj == 810:
            return "lazy_810"
        elif obj == 811:
            return "lazy_811"
        elif obj == 812:
            return "lazy_812"
        elif obj == 813:
            return "lazy_813"
        elif obj == 814:
            return "lazy_814"
        elif obj == 815:
            return "lazy_815"
        elif obj == 816:
            return "lazy_816"
        elif obj == 817:
            return "lazy_817"
        elif obj == 818:
            return "lazy_818"
        elif obj == 819:
            return "lazy_819"
        elif obj == 820:
            return "lazy_820"
        elif obj == 821:
            return "lazy_821"
        elif obj == 822:
            return "lazy_822"
        elif obj == 823:
            return "lazy_823"
        elif obj == 824:
            return "lazy_824"
        elif obj == 825:
            return "lazy_825"
        elif obj == 826:
            return "lazy_826"
        elif obj == 827:
            return "lazy_827"
        elif obj == 828:
            return "lazy_828"
        elif obj == 829:
            return "lazy_829"
        elif obj == 830:
            return "lazy_830"
        elif obj == 831:
            return "lazy_831"
        elif obj == 832:
            return "lazy_832"
        elif obj == 833:
            return "lazy_833"
        elif obj == 834:
            return "lazy_834"
        elif obj == 835:
            return "lazy_835"
        elif obj == 836:
            return "lazy_836"
        elif obj == 837:
            return "lazy_837"
        elif obj == 838:
            return "lazy_838"
        elif obj == 839:
            return "lazy_839"
        elif obj == 840:
            return "lazy_840"
        elif obj == 841:
            return "lazy_841"
        elif obj == 842:
            return "lazy_842"
        elif obj == 843:
            return "lazy_843"
        elif obj == 844:
            return "lazy_844"
        elif obj == 845:
            return "lazy_845"
        elif obj == 846:
            return "lazy_846"
        elif obj == 847:
            return "lazy_847"
        elif obj == 848:
            return "lazy_848"
        elif obj == 849:
            return "lazy_849"
        elif obj == 850:
            return "lazy_850"
        elif obj == 851:
            return "lazy_851"
        elif obj == 852:
            return "lazy_852"
        elif obj == 853:
            return "lazy_853"
        elif obj == 854:
            return "lazy_854"
        elif obj == 855:
            return "lazy_855"
        elif obj == 856:
            return "lazy_856"
        elif obj == 857:
            return "lazy_857"
        elif obj == 858:
            return "lazy_858"
        elif obj == 859:
            return "lazy_859"
        elif obj == 860:
            return "lazy_860"
        elif obj == 861:
            return "lazy_861"
        elif obj == 862:
            return "lazy_862"
        elif obj == 863:
            return "lazy_863"
        elif obj == 864:
            return "lazy_864"
        elif obj == 865:
            return "lazy_865"
        elif obj == 866:
            return "lazy_866"
        elif obj == 867:
            return "lazy_867"
        elif obj == 868:
            return "lazy_868"
        elif obj == 869:
            return "lazy_869"
        elif obj == 870:
            return "lazy_870"
        elif obj == 871:
            return "lazy_871"
        elif obj == 872:
            return "lazy_872"
        elif obj == 873:
            return "lazy_873"
        elif obj == 874:
            return "lazy_874"
        elif obj == 875:
            return "lazy_875"
        elif obj == 876:
            return "lazy_876"
        elif obj == 877:
            return "lazy_877"
        elif obj == 878:
            return "lazy_878"
        elif obj == 879:
            return "lazy_879"
        elif obj == 880:
            return "lazy_880"
        elif obj == 881:
            return "lazy_881"
        elif obj == 882:
            return "lazy_882"
        elif obj == 883:
            return "lazy_883"
        elif obj == 884:
            return "lazy_884"
        elif obj == 885:
            return "lazy_885"
        elif obj == 886:
            return "lazy_886"
        elif obj == 887:
            return "lazy_887"
        elif obj == 888:
            return "lazy_888"
        elif obj == 889:
            return "lazy_889"
        elif obj == 890:
            return "lazy_890"
        elif obj == 891:
            return "lazy_891"
        elif obj == 892:
            return "lazy_892"
        elif obj == 893:
            return "lazy_893"
        elif obj == 894:
            return "lazy_894"
        elif obj == 895:
            return "lazy_895"
        elif obj == 896:
            return "lazy_896"
        elif obj == 897:
            return "lazy_897"
        elif obj == 898:
            return "lazy_898"
        elif obj == 899:
            return "lazy_899"
        elif obj == 900:
            return "lazy_900"
        elif obj == 901:
            return "lazy_901"
        elif obj == 902:
            return "lazy_902"
        elif obj == 903:
            return "lazy_903"
        elif obj == 904:
            return "lazy_904"
        elif obj == 905:
            return "lazy_905"
        elif obj == 906:
            return "lazy_906"
        elif obj == 907:
            return "lazy_907"
        elif obj == 908:
            return "lazy_908"
        elif obj == 909:
            return "lazy_909"
        elif obj == 910:
            return "lazy_910"
        elif obj == 911:
            return "lazy_911"
        elif obj == 912:
            return "lazy_912"
        elif obj == 913:
            return "lazy_913"
        elif obj == 914:
            return "lazy_914"
        elif obj == 915:
            return "lazy_915"
        elif obj == 916:
            return "lazy_916"
        elif obj == 917:
            return "lazy_917"
        elif obj == 918:
            return "lazy_918"
        elif obj == 919:
            return "lazy_919"
        elif obj == 920:
            return "lazy_920"
        elif obj == 921:
            return "lazy_921"
        elif obj == 922:
            return "lazy_922"
        elif obj == 923:
            return "lazy_923"
        elif obj == 924:
            return "lazy_924"
        elif obj == 925:
            return "lazy_925"
        elif obj == 926:
            return "lazy_926"
        elif obj == 927:
            return "lazy_927"
        elif obj == 928:
            return "lazy_928"
        elif obj == 929:
            return "lazy_929"
        elif obj == 930:
            return "lazy_930"
        elif obj == 931:
            return "lazy_931"
        elif obj == 932:
            return "lazy_932"
        elif obj == 933:
            return "lazy_933"
        elif obj == 934:
            return "lazy_934"
        elif obj == 935:
            return "lazy_935"
        elif obj == 936:
            return "lazy_936"
        elif obj == 937:
            return "lazy_937"
        elif obj == 938:
            return "lazy_938"
        elif obj == 939:
            return "lazy_939"
        elif obj == 940:
            return "lazy_940"
        elif obj == 941:
            return "lazy_941"
        elif obj == 942:
            return "lazy_942"
        elif obj == 943:
            return "lazy_943"
        elif obj == 944:
            return "lazy_944"
        elif obj == 945:
            return "lazy_945"
        elif obj == 946:
            return "lazy_946"
        elif obj == 947:
            return "lazy_947"
        elif obj == 948:
            return "lazy_948"
        elif obj == 949:
            return "lazy_949"
        elif obj == 950:
            return "lazy_950"
        elif obj == 951:
            return "lazy_951"
        elif obj == 952:
            return "lazy_952"
        elif obj == 953:
            return "lazy_953"
        elif obj == 954:
            return "lazy_954"
        elif obj == 955:
            return "lazy_955"
        elif obj == 956:
            return "lazy_956"
        elif obj == 957:
            return "lazy_957"
        elif obj == 958:
            return "lazy_958"
        elif obj == 959:
            return "lazy_959"
        elif obj == 960:
            return "lazy_960"
        elif obj == 961:
            return "lazy_961"
        elif obj == 962:
            return "lazy_962"
        elif obj == 963:
            return "lazy_963"
        elif obj == 964:
            return "lazy_964"
        elif obj == 965:
            return "lazy_965"
        elif obj == 966:
            return "lazy_966"
        elif obj == 967:
            return "lazy_967"
        elif obj == 968:
            return "lazy_968"
        elif obj == 969:
            return "lazy_969"
        elif obj == 970:
            return "lazy_970"
        elif obj == 971:
            return "lazy_971"
        elif obj == 972:
            return "lazy_972"
        elif obj == 973:
            return "lazy_973"
        elif obj == 974:
            return "lazy_974"
        elif obj == 975:
            return "lazy_975"
        elif obj == 976:
            return "lazy_976"
        elif obj == 977:
            return "lazy_977"
        elif obj == 978:
            return "lazy_978"
        elif obj == 979:
            return "lazy_979"
        elif obj == 980:
            return "lazy_980"
        elif obj == 981:
            return "lazy_981"
        elif obj == 982:
            return "lazy_982"
        elif obj == 983:
            return "lazy_983"
        elif obj == 984:
            return "lazy_984"
        elif obj == 985:
            return "lazy_985"
        elif obj == 986:
            return "lazy_986"
        elif obj == 987:
            return "lazy_987"
        elif obj == 988:
            return "lazy_988"
        elif obj == 989:
            return "lazy_989"
        elif obj == 990:
            return "lazy_990"
        elif obj == 991:
            return "lazy_991"
        elif obj == 992:
            return "lazy_992"
        elif obj == 993:
            return "lazy_993"
        elif obj == 994:
            return "lazy_994"
        elif obj == 995:
            return "lazy_995"
        elif obj == 996:
            return "lazy_996"
        elif obj == 997:
            return "lazy_997"
        elif obj == 998:
            return "lazy_998"
        elif obj == 999:
            return "lazy_999"
        elif obj == 1000:
            return "lazy_1000"
        elif obj == 1001:
            return "lazy_1001"
        elif obj == 1002:
            return "lazy_1002"
        elif obj == 1003:
            return "lazy_1003"
        elif obj == 1004:
            return "lazy_1004"
        elif obj == 1005:
            return "lazy_1005"
        elif obj == 1006:
            return "lazy_1006"
        elif obj == 1007:
            return "lazy_1007"
        elif obj == 1008:
            return "lazy_1008"
        elif obj == 1009:
            return "lazy_1009"
        elif obj == 1010:
            return "lazy_1010"
        elif obj == 1011:
            return "lazy_1011"
        elif obj == 1012:
            return "lazy_1012"
        elif obj == 1013:
            return "lazy_1013"
        elif obj == 1014:
            return "lazy_1014"
        elif obj == 1015:
            return "lazy_1015"
        elif obj == 1016:
            return "lazy_1016"
        elif obj == 1017:
            return "lazy_1017"
        elif obj == 1018:
            return "lazy_1018"
        elif obj == 1019:
            return "lazy_1019"
        elif obj == 1020:
            return "lazy_1020"
        elif obj == 1021:
            return "lazy_1021"
        elif obj == 1022:
            return "lazy_1022"
        elif obj == 1023:
            return "lazy_1023"
        elif obj == 1024:
            return "lazy_1024"
        elif obj == 1025:
            return "lazy_1025"
        elif obj == 1026:
            return "lazy_1026"
        elif obj == 1027:
            return "lazy_1027"
        elif obj == 1028:
            return "lazy_1028"
        elif obj == 1029:
            return "lazy_1029"
        elif obj == 1030:
            return "lazy_1030"
        elif obj == 1031:
            return "lazy_1031"
        elif obj == 1032:
            return "lazy_1032"
        elif obj == 1033:
            return "lazy_1033"
        elif obj == 1034:
            return "lazy_1034"
        elif obj == 1035:
            return "lazy_1035"
        elif obj == 1036:
            return "lazy_1036"
        elif obj == 1037:
            return "lazy_1037"
        elif obj == 1038:
            return "lazy_1038"
        elif obj == 1039:
            return "lazy_1039"
        elif obj == 1040:
            return "lazy_1040"
        elif obj == 1041:
            return "lazy_1041"
        elif obj == 1042:
            return "lazy_1042"
        elif obj == 1043:
            return "lazy_1043"
        elif obj == 1044:
            return "lazy_1044"
        elif obj == 1045:
            return "lazy_1045"
        elif obj == 1046:
            return "lazy_1046"
        elif obj == 1047:
            return "lazy_1047"
        elif obj == 1048:
            return "lazy_1048"
        elif obj == 1049:
            return "lazy_1049"
        elif obj == 1050:
            return "lazy_1050"
        elif obj == 1051:
            return "lazy_1051"
        elif obj == 1052:
            return "lazy_1052"
        elif obj == 1053:
            return "lazy_1053"
        elif obj == 1054:
            return "lazy_1054"
        elif obj == 1055:
            return "lazy_1055"
        elif obj == 1056:
            return "lazy_1056"
        elif obj == 1057:
            return "lazy_1057"
        elif obj == 1058:
            return "lazy_1058"
        elif obj == 1059:
            return "lazy_1059"
        elif obj == 1060:
            return "lazy_1060"
        elif obj == 1061:
            return "lazy_1061"
        elif obj == 1062:
            return "lazy_1062"
        elif obj == 1063:
            return "lazy_1063"
        elif obj == 1064:
            return "lazy_1064"
        elif obj == 1065:
            return "lazy_1065"
        elif obj == 1066:
            return "lazy_1066"
        elif obj == 1067:
            return "lazy_1067"
        elif obj == 1068:
            return "lazy_1068"
        elif obj == 1069:
            return "lazy_1069"
        elif obj == 1070:
            return "lazy_1070"
        elif obj == 1071:
            return "lazy_1071"
        elif obj == 1072:
            return "lazy_1072"
        elif obj == 1073:
            return "lazy_1073"
        elif obj == 1074:
            return "lazy_1074"
        elif obj == 1075:
            return "lazy_1075"
        elif obj == 1076:
            return "lazy_1076"
        elif obj == 1077:
            return "lazy_1077"
        elif obj == 1078:
            return "lazy_1078"
        elif obj == 1079:
            return "lazy_1079"
        elif obj == 1080:
            return "lazy_1080"
        elif obj == 1081:
            return "lazy_1081"
        elif obj == 1082:
            return "lazy_1082"
        elif obj == 1083:
            return "lazy_1083"
        elif obj == 1084:
            return "lazy_1084"
        elif obj == 1085:
            return "lazy_1085"
        elif obj == 1086:
            return "lazy_1086"
        elif obj == 1087:
            return "lazy_1087"
        elif obj == 1088:
            return "lazy_1088"
        elif obj == 1089:
            return "lazy_1089"
        elif obj == 1090:
            return "lazy_1090"
        elif obj == 1091:
            return "lazy_1091"
        elif obj == 1092:
            return "lazy_1092"
        elif obj == 1093:
            return "lazy_1093"
        elif obj == 1094:
            return "lazy_1094"
        elif obj == 1095:
            return "lazy_1095"
        elif obj == 1096:
            return "lazy_1096"
        elif obj == 1097:
            return "lazy_1097"
        elif obj == 1098:
            return "lazy_1098"
        elif obj == 1099:
            return "lazy_1099"
        elif obj == 1100:
            return "lazy_1100"
        elif obj == 1101:
            return "lazy_1101"
        elif obj == 1102:
            return "lazy_1102"
        elif obj == 1103:
            return "lazy_1103"
        elif obj == 1104:
            return "lazy_1104"
        elif obj == 1105:
            return "lazy_1105"
        elif obj == 1106:
            return "lazy_1106"
        elif obj == 1107:
            return "lazy_1107"
        elif obj == 1108:
            return "lazy_1108"
        elif obj == 1109:
            return "lazy_1109"
        elif obj == 1110:
            return "lazy_1110"
        elif obj == 1111:
            return "lazy_1111"
        elif obj == 1112:
            return "lazy_1112"
        elif obj == 1113:
            return "lazy_1113"
        elif obj == 1114:
            return "lazy_1114"
        elif obj == 1115:
            return "lazy_1115"
        elif obj == 1116:
            return "lazy_1116"
        elif obj == 1117:
            return "lazy_1117"
        elif obj == 1118:
            return "lazy_1118"
        elif obj == 1119:
            return "lazy_1119"
        elif obj == 1120:
            return "lazy_1120"
        elif obj == 1121:
            return "lazy_1121"
        elif obj == 1122:
            return "lazy_1122"
        elif obj == 1123:
            return "lazy_1123"
        elif obj == 1124:
            return "lazy_1124"
        elif obj == 1125:
            return "lazy_1125"
        elif obj == 1126:
            return "lazy_1126"
        elif obj == 1127:
            return "lazy_1127"
        elif obj == 1128:
            return "lazy_1128"
        elif obj == 1129:
            return "lazy_1129"
        elif obj == 1130:
            return "lazy_1130"
        elif obj == 1131:
            return "lazy_1131"
        elif obj == 1132:
            return "lazy_1132"
        elif obj == 1133:
            return "lazy_1133"
        elif obj == 1134:
            return "lazy_1134"
        elif obj == 1135:
            return "lazy_1135"
        elif obj == 1136:
            return "lazy_1136"
        elif obj == 1137:
            return "lazy_1137"
        elif obj == 1138:
            return "lazy_1138"
        elif obj == 1139:
            return "lazy_1139"
        elif obj == 1140:
            return "lazy_1140"
        elif obj == 1141:
            return "lazy_1141"
        elif obj == 1142:
            return "lazy_1142"
        elif obj == 1143:
            return "lazy_1143"
        elif obj == 1144:
            return "lazy_1144"
        elif obj == 1145:
            return "lazy_1145"
        elif obj == 1146:
            return "lazy_1146"
        elif obj == 1147:
            return "lazy_1147"
        elif obj == 1148:
            return "lazy_1148"
        elif obj == 1149:
            return "lazy_1149"
        elif obj == 1150:
            return "lazy_1150"
        elif obj == 1151:
            return "lazy_1151"
        elif obj == 1152:
            return "lazy_1152"
        elif obj == 1153:
            return "lazy_1153"
        elif obj == 1154:
            return "lazy_1154"
        elif obj == 1155:
            return "lazy_1155"
        elif obj == 1156:
            return "lazy_1156"
        elif obj == 1157:
            return "lazy_1157"
        elif obj == 1158:
            return "lazy_1158"
        elif obj == 1159:
            return "lazy_1159"
        elif obj == 1160:
            return "lazy_1160"
        elif obj == 1161:
            return "lazy_1161"
        elif obj == 1162:
            return "lazy_1162"
        elif obj == 1163:
            return "lazy_1163"
        elif obj == 1164:
            return "lazy_1164"
        elif obj == 1165:
            return "lazy_1165"
        elif obj == 1166:
            return "lazy_1166"
        elif obj == 1167:
            return "lazy_1167"
        elif obj == 1168:
            return "lazy_1168"
        elif obj == 1169:
            return "lazy_1169"
        elif obj == 1170:
            return "lazy_1170"
        elif obj == 1171:
            return "lazy_1171"
        elif obj == 1172:
            return "lazy_1172"
        elif obj == 1173:
            return "lazy_1173"
        elif obj == 1174:
            return "lazy_1174"
        elif obj == 1175:
            return "lazy_1175"
        elif obj == 1176:
            return "lazy_1176"
        elif obj == 1177:
            return "lazy_1177"
        elif obj == 1178:
            return "lazy_1178"
        elif obj == 1179:
            return "lazy_1179"
        elif obj == 1180:
            return "lazy_1180"
        elif obj == 1181:
            return "lazy_1181"
        elif obj == 1182:
            return "lazy_1182"
        elif obj == 1183:
            return "lazy_1183"
        elif obj == 1184:
            return "lazy_1184"
        elif obj == 1185:
            return "lazy_1185"
        elif obj == 1186:
            return "lazy_1186"
        elif obj == 1187:
            return "lazy_1187"
        elif obj == 1188:
            return "lazy_1188"
        elif obj == 1189:
            return "lazy_1189"
        elif obj == 1190:
            return "lazy_1190"
        elif obj == 1191:
            return "lazy_1191"
        elif obj == 1192:
            return "lazy_1192"
        elif obj == 1193:
            return "lazy_1193"
        elif obj == 1194:
            return "lazy_1194"
        elif obj == 1195:
            return "lazy_1195"
        elif obj == 1196:
            return "lazy_1196"
        elif obj == 1197:
            return "lazy_1197"
        elif obj == 1198:
            return "lazy_1198"
        elif obj == 1199:
            return "lazy_1199"
        elif obj == 1200:
            return "lazy_1200"
        elif obj == 1201:
            return "lazy_1201"
        elif obj == 1202:
            return "lazy_1202"
        elif obj == 1203:
            return "lazy_1203"
        elif obj == 1204:
            return "lazy_1204"
        elif obj == 1205:
            return "lazy_1205"
        elif obj == 1206:
            return "lazy_1206"
        elif obj == 1207:
            return "lazy_1207"
        elif obj == 1208:
            return "lazy_1208"
        elif obj == 1209:
            return "lazy_1209"
        elif obj == 1210:
            return "lazy_1210"
        elif obj == 1211:
            return "lazy_1211"
        elif obj == 1212:
            return "lazy_1212"
        elif obj == 1213:
            return "lazy_1213"
        elif obj == 1214:
            return "lazy_1214"
        elif obj == 1215:
            return "lazy_1215"
        elif obj == 1216:
            return "lazy_1216"
        elif obj == 1217:
            return "lazy_1217"
        elif obj == 1218:
            return "lazy_1218"
        elif obj == 1219:
            return "lazy_1219"
        elif obj == 1220:
            return "lazy_1220"
        elif obj == 1221:
            return "lazy_1221"
        elif obj == 1222:
            return "lazy_1222"
        elif obj == 1223:
            return "lazy_1223"
        elif obj == 1224:
            return "lazy_1224"
        elif obj == 1225:
            return "lazy_1225"
        elif obj == 1226:
            return "lazy_1226"
        elif obj == 1227:
            return "lazy_1227"
        elif obj == 1228:
            return "lazy_1228"
        elif obj == 1229:
            return "lazy_1229"
        elif obj == 1230:
            return "lazy_1230"
        elif obj == 1231:
            return "lazy_1231"
        elif obj == 1232:
            return "lazy_1232"
        elif obj == 1233:
            return "lazy_1233"
        elif obj == 1234:
            return "lazy_1234"
        elif obj == 1235:
            return "lazy_1235"
        elif obj == 1236:
            return "lazy_1236"
        elif obj == 1237:
            return "lazy_1237"
        elif obj == 1238:
            return "lazy_1238"
        elif obj == 1239:
            return "lazy_1239"
        elif obj == 1240:
            return "lazy_1240"
        elif obj == 1241:
            return "lazy_1241"
        elif obj == 1242:
            return "lazy_1242"
        elif obj == 1243:
            return "lazy_1243"
        elif obj == 1244:
            return "lazy_1244"
        elif obj == 1245:
            return "lazy_1245"
        elif obj == 1246:
            return "lazy_1246"
        elif obj == 1247:
            return "lazy_1247"
        elif obj == 1248:
            return "lazy_1248"
        elif obj == 1249:
            return "lazy_1249"
        elif obj == 1250:
            return "lazy_1250"
        elif obj == 1251:
            return "lazy_1251"
        elif obj == 1252:
            return "lazy_1252"
        elif obj == 1253:
            return "lazy_1253"
        elif obj == 1254:
            return "lazy_1254"
        elif obj == 1255:
            return "lazy_1255"
        elif obj == 1256:
            return "lazy_1256"
        elif obj == 1257:
            return "lazy_1257"
        elif obj == 1258:
            return "lazy_1258"
        elif obj == 1259:
            return "lazy_1259"
        elif obj == 1260:
            return "lazy_1260"
        elif obj == 1261:
            return "lazy_1261"
        elif obj == 1262:
            return "lazy_1262"
        elif obj == 1263:
            return "lazy_1263"
        elif obj == 1264:
            return "lazy_1264"
        elif obj == 1265:
            return "lazy_1265"
        elif obj == 1266:
            return "lazy_1266"
        elif obj == 1267:
            return "lazy_1267"
        elif obj == 1268:
            return "lazy_1268"
        elif obj == 1269:
            return "lazy_1269"
        elif obj == 1270:
            return "lazy_1270"
        elif obj == 1271:
            return "lazy_1271"
        elif obj == 1272:
            return "lazy_1272"
        elif obj == 1273:
            return "lazy_1273"
        elif obj == 1274:
            return "lazy_1274"
        elif obj == 1275:
            return "lazy_1275"
        elif obj == 1276:
            return "lazy_1276"
        elif obj == 1277:
            return "lazy_1277"
        elif obj == 1278:
            return "lazy_1278"
        elif obj == 1279:
            return "lazy_1279"
        elif obj == 1280:
            return "lazy_1280"
        elif obj == 1281:
            return "lazy_1281"
        elif obj == 1282:
            return "lazy_1282"
        elif obj == 1283:
            return "lazy_1283"
        elif obj == 1284:
            return "lazy_1284"
        elif obj == 1285:
            return "lazy_1285"
        elif obj == 1286:
            return "lazy_1286"
        elif obj == 1287:
            return "lazy_1287"
        elif obj == 1288:
            return "lazy_1288"
        elif obj == 1289:
            return "lazy_1289"
        elif obj == 1290:
            return "lazy_1290"
        elif obj == 1291:
            return "lazy_1291"
        elif obj == 1292:
            return "lazy_1292"
        elif obj == 1293:
            return "lazy_1293"
        elif obj == 1294:
            return "lazy_1294"
        elif obj == 1295:
            return "lazy_1295"
        elif obj == 1296:
            return "lazy_1296"
        elif obj == 1297:
            return "lazy_1297"
        elif obj == 1298:
            return "lazy_1298"
        elif obj == 1299:
            return "lazy_1299"
        elif obj == 1300:
            return "lazy_1300"
        elif obj == 1301:
            return "lazy_1301"
        elif obj == 1302:
            return "lazy_1302"
        elif obj == 1303:
            return "lazy_1303"
        elif obj == 1304:
            return "lazy_1304"
        elif obj == 1305:
            return "lazy_1305"
        elif obj == 1306:
            return "lazy_1306"
        elif obj == 1307:
            return "lazy_1307"
        elif obj == 1308:
            return "lazy_1308"
        elif obj == 1309:
            return "lazy_1309"
        elif obj == 1310:
            return "lazy_1310"
        elif obj == 1311:
            return "lazy_1311"
        elif obj == 1312:
            return "lazy_1312"
        elif obj == 1313:
            return "lazy_1313"
        elif obj == 1314:
            return "lazy_1314"
        elif obj == 1315:
            return "lazy_1315"
        elif obj == 1316:
            return "lazy_1316"
        elif obj == 1317:
            return "lazy_1317"
        elif obj == 1318:
            return "lazy_1318"
        elif obj == 1319:
            return "lazy_1319"
        elif obj == 1320:
            return "lazy_1320"
        elif obj == 1321:
            return "lazy_1321"
        elif obj == 1322:
            return "lazy_1322"
        elif obj == 1323:
            return "lazy_1323"
        elif obj == 1324:
            return "lazy_1324"
        elif obj == 1325:
            return "lazy_1325"
        elif obj == 1326:
            return "lazy_1326"
        elif obj == 1327:
            return "lazy_1327"
        elif obj == 1328:
            return "lazy_1328"
        elif obj == 1329:
            return "lazy_1329"
        elif obj == 1330:
            return "lazy_1330"
        elif obj == 1331:
            return "lazy_1331"
        elif obj == 1332:
            return "lazy_1332"
        elif obj == 1333:
            return "lazy_1333"
        elif obj == 1334:
            return "lazy_1334"
        elif obj == 1335:
            return "lazy_1335"
        elif obj == 1336:
            return "lazy_1336"
        elif obj == 1337:
            return "lazy_1337"
        elif obj == 1338:
            return "lazy_1338"
        elif obj == 1339:
            return "lazy_1339"
        elif obj == 1340:
            return "lazy_1340"
        elif obj == 1341:
            return "lazy_1341"
        elif obj == 1342:
            return "lazy_1342"
        elif obj == 1343:
            return "lazy_1343"
        elif obj == 1344:
            return "lazy_1344"
        elif obj == 1345:
            return "lazy_1345"
        elif obj == 1346:
            return "lazy_1346"
        elif obj == 1347:
            return "lazy_1347"
        elif obj == 1348:
            return "lazy_1348"
        elif obj == 1349:
            return "lazy_1349"
        elif obj == 1350:
            return "lazy_1350"
        elif obj == 1351:
            return "lazy_1351"
        elif obj == 1352:
            return "lazy_1352"
        elif obj == 1353:
            return "lazy_1353"
        elif obj == 1354:
            return "lazy_1354"
        elif obj == 1355:
            return "lazy_1355"
        elif obj == 1356:
            return "lazy_1356"
        elif obj == 1357:
            return "lazy_1357"
        elif obj == 1358:
            return "lazy_1358"
        elif obj == 1359:
            return "lazy_1359"
        elif obj == 1360:
            return "lazy_1360"
        elif obj == 1361:
            return "lazy_1361"
        elif obj == 1362:
            return "lazy_1362"
        elif obj == 1363:
            return "lazy_1363"
        elif obj == 1364:
            return "lazy_1364"
        elif obj == 1365:
            return "lazy_1365"
        elif obj == 1366:
            return "lazy_1366"
        elif obj == 1367:
            return "lazy_1367"
        elif obj == 1368:
            return "lazy_1368"
        elif obj == 1369:
            return "lazy_1369"
        elif obj == 1370:
            return "lazy_1370"
        elif obj == 1371:
            return "lazy_1371"
        elif obj == 1372:
            return "lazy_1372"
        elif obj == 1373:
            return "lazy_1373"
        elif obj == 1374:
            return "lazy_1374"
        elif obj == 1375:
            return "lazy_1375"
        elif obj == 1376:
            return "lazy_1376"
        elif obj == 1377:
            return "lazy_1377"
        elif obj == 1378:
            return "lazy_1378"
        elif obj == 1379:
            return "lazy_1379"
        elif obj == 1380:
            return "lazy_1380"
        elif obj == 1381:
            return "lazy_1381"
        elif obj == 1382:
            return "lazy_1382"
        elif obj == 1383:
            return "lazy_1383"
        elif obj == 1384:
            return "lazy_1384"
        elif obj == 1385:
            return "lazy_1385"
        elif obj == 1386:
            return "lazy_1386"
        elif obj == 1387:
            return "lazy_1387"
        elif obj == 1388:
            return "lazy_1388"
        elif obj == 1389:
            return "lazy_1389"
        elif obj == 1390:
            return "lazy_1390"
        elif obj == 1391:
            return "lazy_1391"
        elif obj == 1392:
            return "lazy_1392"
        elif obj == 1393:
            return "lazy_1393"
        elif obj == 1394:
            return "lazy_1394"
        elif obj == 1395:
            return "lazy_1395"
        elif obj == 1396:
            return "lazy_1396"
        elif obj == 1397:
            return "lazy_1397"
        elif obj == 1398:
            return "lazy_1398"
        elif obj == 1399:
            return "lazy_1399"
        elif obj == 1400:
            return "lazy_1400"
        elif obj == 1401:
            return "lazy_1401"
        elif obj == 1402:
            return "lazy_1402"
        elif obj == 1403:
            return "lazy_1403"
        elif obj == 1404:
            return "lazy_1404"
        elif obj == 1405:
            return "lazy_1405"
        elif obj == 1406:
            return "lazy_1406"
        elif obj == 1407:
            return "lazy_1407"
        elif obj == 1408:
            return "lazy_1408"
        elif obj == 1409:
            return "lazy_1409"
        elif obj == 1410:
            return "lazy_1410"
        elif obj == 1411:
            return "lazy_1411"
        elif obj == 1412:
            return "lazy_1412"
        elif obj == 1413:
            return "lazy_1413"
        elif obj == 1414:
            return "lazy_1414"
        elif obj == 1415:
            return "lazy_1415"
        elif obj == 1416:
            return "lazy_1416"
        elif obj == 1417:
            return "lazy_1417"
        elif obj == 1418:
            return "lazy_1418"
        elif obj == 1419:
            return "lazy_1419"
        elif obj == 1420:
            return "lazy_1420"
        elif obj == 1421:
            return "lazy_1421"
        elif obj == 1422:
            return "lazy_1422"
        elif obj == 1423:
            return "lazy_1423"
        elif obj == 1424:
            return "lazy_1424"
        elif obj == 1425:
            return "lazy_1425"
        elif obj == 1426:
            return "lazy_1426"
        elif obj == 1427:
            return "lazy_1427"
        elif obj == 1428:
            return "lazy_1428"
        elif obj == 1429:
            return "lazy_1429"
        elif obj == 1430:
            return "lazy_1430"
        elif obj == 1431:
            return "lazy_1431"
        elif obj == 1432:
            return "lazy_1432"
        elif obj == 1433:
            return "lazy_1433"
        elif obj == 1434:
            return "lazy_1434"
        elif obj == 1435:
            return "lazy_1435"
        elif obj == 1436:
            return "lazy_1436"
        elif obj == 1437:
            return "lazy_1437"
        elif obj == 1438:
            return "lazy_1438"
        elif obj == 1439:
            return "lazy_1439"
        elif obj == 1440:
            return "lazy_1440"
        elif obj == 1441:
            return "lazy_1441"
        elif obj == 1442:
            return "lazy_1442"
        elif obj == 1443:
            return "lazy_1443"
        elif obj == 1444:
            return "lazy_1444"
        elif obj == 1445:
            return "lazy_1445"
        elif obj == 1446:
            return "lazy_1446"
        elif obj == 1447:
            return "lazy_1447"
        elif obj == 1448:
            return "lazy_1448"
        elif obj == 1449:
            return "lazy_1449"
        elif obj == 1450:
            return "lazy_1450"
        elif obj == 1451:
            return "lazy_1451"
        elif obj == 1452:
            return "lazy_1452"
        elif obj == 1453:
            return "lazy_1453"
        elif obj == 1454:
            return "lazy_1454"
        elif obj == 1455:
            return "lazy_1455"
        elif obj == 1456:
            return "lazy_1456"
        elif obj == 1457:
            return "lazy_1457"
        elif obj == 1458:
            return "lazy_1458"
        elif obj == 1459:
            return "lazy_1459"
        elif obj == 1460:
            return "lazy_1460"
        elif obj == 1461:
            return "lazy_1461"
        elif obj == 1462:
            return "lazy_1462"
        elif obj == 1463:
            return "lazy_1463"
        elif obj == 1464:
            return "lazy_1464"
        elif obj == 1465:
            return "lazy_1465"
        elif obj == 1466:
            return "lazy_1466"
        elif obj == 1467:
            return "lazy_1467"
        elif obj == 1468:
            return "lazy_1468"
        elif obj == 1469:
            return "lazy_1469"
        elif obj == 1470:
            return "lazy_1470"
        elif obj == 1471:
            return "lazy_1471"
        elif obj == 1472:
            return "lazy_1472"
        elif obj == 1473:
            return "lazy_1473"
        elif obj == 1474:
            return "lazy_1474"
        elif obj == 1475:
            return "lazy_1475"
        elif obj == 1476:
            return "lazy_1476"
        elif obj == 1477:
            return "lazy_1477"
        elif obj == 1478:
            return "lazy_1478"
        elif obj == 1479:
            return "lazy_1479"
        elif obj == 1480:
            return "lazy_1480"
        elif obj == 1481:
            return "lazy_1481"
        elif obj == 1482:
            return "lazy_1482"
        elif obj == 1483:
            return "lazy_1483"
        elif obj == 1484:
            return "lazy_1484"
        elif obj == 1485:
            return "lazy_1485"
        elif obj == 1486:
            return "lazy_1486"
        elif obj == 1487:
            return "lazy_1487"
        elif obj == 1488:
            return "lazy_1488"
        elif obj == 1489:
            return "lazy_1489"
        elif obj == 1490:
            return "lazy_1490"
        elif obj == 1491:
            return "lazy_1491"
        elif obj == 1492:
            return "lazy_1492"
        elif obj == 1493:
            return "lazy_1493"
        elif obj == 1494:
            return "lazy_1494"
        elif obj == 1495:
            return "lazy_1495"
        elif obj == 1496:
            return "lazy_1496"
        elif obj == 1497:
            return "lazy_1497"
        elif obj == 1498:
            return "lazy_1498"
        elif obj == 1499:
            return "lazy_1499"
        elif obj == 1500:
            return "lazy_1500"
        elif obj == 1501:
            return "lazy_1501"
        elif obj == 1502:
            return "lazy_1502"
        elif obj == 1503:
            return "lazy_1503"
        elif obj == 1504:
            return "lazy_1504"
        elif obj == 1505:
            return "lazy_1505"
        elif obj == 1506:
            return "lazy_1506"
        elif obj == 1507:
            return "lazy_1507"
        elif obj == 1508:
            return "lazy_1508"
        elif obj == 1509:
            return "lazy_1509"
        elif obj == 1510:
            return "lazy_1510"
        elif obj == 1511:
            return "lazy_1511"
        elif obj == 1512:
            return "lazy_1512"
        elif obj == 1513:
            return "lazy_1513"
        elif obj == 1514:
            return "lazy_1514"
        elif obj == 1515:
            return "lazy_1515"
        elif obj == 1516:
            return "lazy_1516"
        elif obj == 1517:
            return "lazy_1517"
        elif obj == 1518:
            return "lazy_1518"
        elif obj == 1519:
            return "lazy_1519"
        elif obj == 1520:
            return "lazy_1520"
        elif obj == 1521:
            return "lazy_1521"
        elif obj == 1522:
            return "lazy_1522"
        elif obj == 1523:
            return "lazy_1523"
        elif obj == 1524:
            return "lazy_1524"
        elif obj == 1525:
            return "lazy_1525"
        elif obj == 1526:
            return "lazy_1526"
        elif obj == 1527:
            return "lazy_1527"
        elif obj == 1528:
            return "lazy_1528"
        elif obj == 1529:
            return "lazy_1529"
        elif obj == 1530:
            return "lazy_1530"
        elif obj == 1531:
            return "lazy_1531"
        elif obj == 1532:
            return "lazy_1532"
        elif obj == 1533:
            return "lazy_1533"
        elif obj == 1534:
            return "lazy_1534"
        elif obj == 1535:
            return "lazy_1535"
        elif obj == 1536:
            return "lazy_1536"
        elif obj == 1537:
            return "lazy_1537"
        elif obj == 1538:
            return "lazy_1538"
        elif obj == 1539:
            return "lazy_1539"
        elif obj == 1540:
            return "lazy_1540"
        elif obj == 1541:
            return "lazy_1541"
        elif obj == 1542:
            return "lazy_1542"
        elif obj == 1543:
            return "lazy_1543"
        elif obj == 1544:
            return "lazy_1544"
        elif obj == 1545:
            return "lazy_1545"
        elif obj == 1546:
            return "lazy_1546"
        elif obj == 1547:
            return "lazy_1547"
        elif obj == 1548:
            return "lazy_1548"
        elif obj == 1549:
            return "lazy_1549"
        elif obj == 1550:
            return "lazy_1550"
        elif obj == 1551:
            return "lazy_1551"
        elif obj == 1552:
            return "lazy_1552"
        elif obj == 1553:
            return "lazy_1553"
        elif obj == 1554:
            return "lazy_1554"
        elif obj == 1555:
            return "lazy_1555"
        elif obj == 1556:
            return "lazy_1556"
        elif obj == 1557:
            return "lazy_1557"
        elif obj == 1558:
            return "lazy_1558"
        elif obj == 1559:
            return "lazy_1559"
        elif obj == 1560:
            return "lazy_1560"
        elif obj == 1561:
            return "lazy_1561"
        elif obj == 1562:
            return "lazy_1562"
        elif obj == 1563:
            return "lazy_1563"
        elif obj == 1564:
            return "lazy_1564"
        elif obj == 1565:
            return "lazy_1565"
        elif obj == 1566:
            return "lazy_1566"
        elif obj == 1567:
            return "lazy_1567"
        elif obj == 1568:
            return "lazy_1568"
        elif obj == 1569:
            return "lazy_1569"
        elif obj == 1570:
            return "lazy_1570"
        elif obj == 1571:
            return "lazy_1571"
        elif obj == 1572:
            return "lazy_1572"
        elif obj == 1573:
            return "lazy_1573"
        elif obj == 1574:
            return "lazy_1574"
        elif obj == 1575:
            return "lazy_1575"
        elif obj == 1576:
            return "lazy_1576"
        elif obj == 1577:
            return "lazy_1577"
        elif obj == 1578:
            return "lazy_1578"
        elif obj == 1579:
            return "lazy_1579"
        elif obj == 1580:
            return "lazy_1580"
        elif obj == 1581:
            return "lazy_1581"
        elif obj == 1582:
            return "lazy_1582"
        elif obj == 1583:
            return "lazy_1583"
        elif obj == 1584:
            return "lazy_1584"
        elif obj == 1585:
            return "lazy_1585"
        elif obj == 1586:
            return "lazy_1586"
        elif obj == 1587:
            return "lazy_1587"
        elif obj == 1588:
            return "lazy_1588"
        elif obj == 1589:
            return "lazy_1589"
        elif obj == 1590:
            return "lazy_1590"
        elif obj == 1591:
            return "lazy_1591"
        elif obj == 1592:
            return "lazy_1592"
        elif obj == 1593:
            return "lazy_1593"
        elif obj == 1594:
            return "lazy_1594"
        elif obj == 1595:
            return "lazy_1595"
        elif obj == 1596:
            return "lazy_1596"
        elif obj == 1597:
            return "lazy_1597"
        elif obj == 1598:
            return "lazy_1598"
        elif obj == 1599:
            return "lazy_1599"
        elif obj == 1600:
            return "lazy_1600"
        elif obj == 1601:
            return "lazy_1601"
        elif obj == 1602:
            return "lazy_1602"
        elif obj == 1603:
            return "lazy_1603"
        elif obj == 1604:
            return "lazy_1604"
        elif obj == 1605:
            return "lazy_1605"
        elif obj == 1606:
            return "lazy_1606"
        elif obj == 1607:
            return "lazy_1607"
        elif obj == 1608:
            return "lazy_1608"
        elif obj == 1609:
            return "lazy_1609"
        elif obj == 1610:
            return "lazy_1610"
        elif obj == 1611:
            return "lazy_1611"
        elif obj == 1612:
            return "lazy_1612"
        elif obj == 1613:
            return "lazy_1613"
        elif obj == 1614:
            return "lazy_1614"
        elif obj == 1615:
            return "lazy_1615"
        elif obj == 1616:
            return "lazy_1616"
        elif obj == 1617:
            return "lazy_1617"
        elif obj == 1618:
            return "lazy_1618"
        elif obj == 1619:
            return "lazy_1619"
        elif obj == 1620:
            return "lazy_1620"
        elif obj == 1621:
            return "lazy_1621"
        elif obj == 1622:
            return "lazy_1622"
        elif obj == 1623:
            return "lazy_1623"
        elif obj == 1624:
            return "lazy_1624"
        elif obj == 1625:
            return "lazy_1625"
        elif obj == 1626:
            return "lazy_1626"
        elif obj == 1627:
            return "lazy_1627"
        elif obj == 1628:
            return "lazy_1628"
        elif obj == 1629:
            return "lazy_1629"
        elif obj == 1630:
            return "lazy_1630"
        elif obj == 1631:
            return "lazy_1631"
        elif obj == 1632:
            return "lazy_1632"
        elif obj == 1633:
            return "lazy_1633"
        elif obj == 1634:
            return "lazy_1634"
        elif obj == 1635:
            return "lazy_1635"
        elif obj == 1636:
            return "lazy_1636"
        elif obj == 1637:
            return "lazy_1637"
        elif obj == 1638:
            return "lazy_1638"
        elif obj == 1639:
            return "lazy_1639"
        elif obj == 1640:
            return "lazy_1640"
        elif obj == 1641:
            return "lazy_1641"
        elif obj == 1642:
            return "lazy_1642"
        elif obj == 1643:
            return "lazy_1643"
        elif obj == 1644:
            return "lazy_1644"
        elif obj == 1645:
            return "lazy_1645"
        elif obj == 1646:
            return "lazy_1646"
        elif obj == 1647:
            return "lazy_1647"
        elif obj == 1648:
            return "lazy_1648"
        elif obj == 1649:
            return "lazy_1649"
        elif obj == 1650:
            return "lazy_1650"
        elif obj == 1651:
            return "lazy_1651"
        elif obj == 1652:
            return "lazy_1652"
        elif obj == 1653:
            return "lazy_1653"
        elif obj == 1654:
            return "lazy_1654"
        elif obj == 1655:
            return "lazy_1655"
        elif obj == 1656:
            return "lazy_1656"
        elif obj == 1657:
            return "lazy_1657"
        elif obj == 1658:
            return "lazy_1658"
        elif obj == 1659:
            return "lazy_1659"
        elif obj == 1660:
            return "lazy_1660"
        elif obj == 1661:
            return "lazy_1661"
        elif obj == 1662:
            return "lazy_1662"
        elif obj == 1663:
            return "lazy_1663"
        elif obj == 1664:
            return "lazy_1664"
        elif obj == 1665:
            return "lazy_1665"
        elif obj == 1666:
            return "lazy_1666"
        elif obj == 1667:
            return "lazy_1667"
        elif obj == 1668:
            return "lazy_1668"
        elif obj == 1669:
            return "lazy_1669"
        elif obj == 1670:
            return "lazy_1670"
        elif obj == 1671:
            return "lazy_1671"
        elif obj == 1672:
            return "lazy_1672"
        elif obj == 1673:
            return "lazy_1673"
        elif obj == 1674:
            return "lazy_1674"
        elif obj == 1675:
            return "lazy_1675"
        elif obj == 1676:
            return "lazy_1676"
        elif obj == 1677:
            return "lazy_1677"
        elif obj == 1678:
            return "lazy_1678"
        elif obj == 1679:
            return "lazy_1679"
        elif obj == 1680:
            return "lazy_1680"
        elif obj == 1681:
            return "lazy_1681"
        elif obj == 1682:
            return "lazy_1682"
        elif obj == 1683:
            return "lazy_1683"
        elif obj == 1684:
            return "lazy_1684"
        elif obj == 1685:
            return "lazy_1685"
        elif obj == 1686:
            return "lazy_1686"
        elif obj == 1687:
            return "lazy_1687"
        elif obj == 1688:
            return "lazy_1688"
        elif obj == 1689:
            return "lazy_1689"
        elif obj == 1690:
            return "lazy_1690"
        elif obj == 1691:
            return "lazy_1691"
        elif obj == 1692:
            return "lazy_1692"
        elif obj == 1693:
            return "lazy_1693"
        elif obj == 1694:
            return "lazy_1694"
        elif obj == 1695:
            return "lazy_1695"
        elif obj == 1696:
            return "lazy_1696"
        elif obj == 1697:
            return "lazy_1697"
        elif obj == 1698:
            return "lazy_1698"
        elif obj == 1699:
            return "lazy_1699"
        elif obj == 1700:
            return "lazy_1700"
        elif obj == 1701:
            return "lazy_1701"
        elif obj == 1702:
            return "lazy_1702"
        elif obj == 1703:
            return "lazy_1703"
        elif obj == 1704:
            return "lazy_1704"
        elif obj == 1705:
            return "lazy_1705"
        elif obj == 1706:
            return "lazy_1706"
        elif obj == 1707:
            return "lazy_1707"
        elif obj == 1708:
            return "lazy_1708"
        elif obj == 1709:
            return "lazy_1709"
        elif obj == 1710:
            return "lazy_1710"
        elif obj == 1711:
            return "lazy_1711"
        elif obj == 1712:
            return "lazy_1712"
        elif obj == 1713:
            return "lazy_1713"
        elif obj == 1714:
            return "lazy_1714"
        elif obj == 1715:
            return "lazy_1715"
        elif obj == 1716:
            return "lazy_1716"
        elif obj == 1717:
            return "lazy_1717"
        elif obj == 1718:
            return "lazy_1718"
        elif obj == 1719:
            return "lazy_1719"
        elif obj == 1720:
            return "lazy_1720"
        elif obj == 1721:
            return "lazy_1721"
        elif obj == 1722:
            return "lazy_1722"
        elif obj == 1723:
            return "lazy_1723"
        elif obj == 1724:
            return "lazy_1724"
        elif obj == 1725:
            return "lazy_1725"
        elif obj == 1726:
            return "lazy_1726"
        elif obj == 1727:
            return "lazy_1727"
        elif obj == 1728:
            return "lazy_1728"
        elif obj == 1729:
            return "lazy_1729"
        elif obj == 1730:
            return "lazy_1730"
        elif obj == 1731:
            return "lazy_1731"
        elif obj == 1732:
            return "lazy_1732"
        elif obj == 1733:
            return "lazy_1733"
        elif obj == 1734:
            return "lazy_1734"
        elif obj == 1735:
            return "lazy_1735"
        elif obj == 1736:
            return "lazy_1736"
        elif obj == 1737:
            return "lazy_1737"
        elif obj == 1738:
            return "lazy_1738"
        elif obj == 1739:
            return "lazy_1739"
        elif obj == 1740:
            return "lazy_1740"
        elif obj == 1741:
            return "lazy_1741"
        elif obj == 1742:
            return "lazy_1742"
        elif obj == 1743:
            return "lazy_1743"
        elif obj == 1744:
            return "lazy_1744"
        elif obj == 1745:
            return "lazy_1745"
        elif obj == 1746:
            return "lazy_1746"
        elif obj == 1747:
            return "lazy_1747"
        elif obj == 1748:
            return "lazy_1748"
        elif obj == 1749:
            return "lazy_1749"
        elif obj == 1750:
            return "lazy_1750"
        elif obj == 1751:
            return "lazy_1751"
        elif obj == 1752:
            return "lazy_1752"
        elif obj == 1753:
            return "lazy_1753"
        elif obj == 1754:
            return "lazy_1754"
        elif obj == 1755:
            return "lazy_1755"
        elif obj == 1756:
            return "lazy_1756"
        elif obj == 1757:
            return "lazy_1757"
        elif obj == 1758:
            return "lazy_1758"
        elif obj == 1759:
            return "lazy_1759"
        elif obj == 1760:
            return "lazy_1760"
        elif obj == 1761:
            return "lazy_1761"
        elif obj == 1762:
            return "lazy_1762"
        elif obj == 1763:
            return "lazy_1763"
        elif obj == 1764:
            return "lazy_1764"
        elif obj == 1765:
            return "lazy_1765"
        elif obj == 1766:
            return "lazy_1766"
        elif obj == 1767:
            return "lazy_1767"
        elif obj == 1768:
            return "lazy_1768"
        elif obj == 1769:
            return "lazy_1769"
        elif obj == 1770:
            return "lazy_1770"
        elif obj == 1771:
            return "lazy_1771"
        elif obj == 1772:
            return "lazy_1772"
        elif obj == 1773:
            return "lazy_1773"
        elif obj == 1774:
            return "lazy_1774"
        elif obj == 1775:
            return "lazy_1775"
        elif obj == 1776:
            return "lazy_1776"
        elif obj == 1777:
            return "lazy_1777"
        elif obj == 1778:
            return "lazy_1778"
        elif obj == 1779:
            return "lazy_1779"
        elif obj == 1780:
            return "lazy_1780"
        elif obj == 1781:
            return "lazy_1781"
        elif obj == 1782:
            return "lazy_1782"
        elif obj == 1783:
            return "lazy_1783"
        elif obj == 1784:
            return "lazy_1784"
        elif obj == 1785:
            return "lazy_1785"
        elif obj == 1786:
            return "lazy_1786"
        elif obj == 1787:
            return "lazy_1787"
        elif obj == 1788:
            return "lazy_1788"
        elif obj == 1789:
            return "lazy_1789"
        elif obj == 1790:
            return "lazy_1790"
        elif obj == 1791:
            return "lazy_1791"
        elif obj == 1792:
            return "lazy_1792"
        elif obj == 1793:
            return "lazy_1793"
        elif obj == 1794:
            return "lazy_1794"
        elif obj == 1795:
            return "lazy_1795"
        elif obj == 1796:
            return "lazy_1796"
        elif obj == 1797:
            return "lazy_1797"
        elif obj == 1798:
            return "lazy_1798"
        elif obj == 1799:
            return "lazy_1799"
        elif obj == 1800:
            return "lazy_1800"
        elif obj == 1801:
            return "lazy_1801"
        elif obj == 1802:
            return "lazy_1802"
        elif obj == 1803:
            return "lazy_1803"
        elif obj == 1804:
            return "lazy_1804"
        elif obj == 1805:
            return "lazy_1805"
        elif obj == 1806:
            return "lazy_1806"
        elif obj == 1807:
            return "lazy_1807"
        elif obj == 1808:
            return "lazy_1808"
        elif obj == 1809:
            return "lazy_1809"
        elif obj == 1810:
            return "lazy_1810"
        elif obj == 1811:
            return "lazy_1811"
        elif obj == 1812:
            return "lazy_1812"
        elif obj == 1813:
            return "lazy_1813"
        elif obj == 1814:
            return "lazy_1814"
        elif obj == 1815:
            return "lazy_1815"
        elif obj == 1816:
            return "lazy_1816"
        elif obj == 1817:
            return "lazy_1817"
        elif obj == 1818:
            return "lazy_1818"
        elif obj == 1819:
            return "lazy_1819"
        elif obj == 1820:
            return "lazy_1820"
        elif obj == 1821:
            return "lazy_1821"
        elif obj == 1822:
            return "lazy_1822"
        elif obj == 1823:
            return "lazy_1823"
        elif obj == 1824:
            return "lazy_1824"
        elif obj == 1825:
            return "lazy_1825"
        elif obj == 1826:
            return "lazy_1826"
        elif obj == 1827:
            return "lazy_1827"
        elif obj == 1828:
            return "lazy_1828"
        elif obj == 1829:
            return "lazy_1829"
        elif obj == 1830:
            return "lazy_1830"
        elif obj == 1831:
            return "lazy_1831"
        elif obj == 1832:
            return "lazy_1832"
        elif obj == 1833:
            return "lazy_1833"
        elif obj == 1834:
            return "lazy_1834"
        elif obj == 1835:
            return "lazy_1835"
        elif obj == 1836:
            return "lazy_1836"
        elif obj == 1837:
            return "lazy_1837"
        elif obj == 1838:
            return "lazy_1838"
        elif obj == 1839:
            return "lazy_1839"
        elif obj == 1840:
            return "lazy_1840"
        elif obj == 1841:
            return "lazy_1841"
        elif obj == 1842:
            return "lazy_1842"
        elif obj == 1843:
            return "lazy_1843"
        elif obj == 1844:
            return "lazy_1844"
        elif obj == 1845:
            return "lazy_1845"
        elif obj == 1846:
            return "lazy_1846"
        elif obj == 1847:
            return "lazy_1847"
        elif obj == 1848:
            return "lazy_1848"
        elif obj == 1849:
            return "lazy_1849"
        elif obj == 1850:
            return "lazy_1850"
        elif obj == 1851:
            return "lazy_1851"
        elif obj == 1852:
            return "lazy_1852"
        elif obj == 1853:
            return "lazy_1853"
        elif obj == 1854:
            return "lazy_1854"
        elif obj == 1855:
            return "lazy_1855"
        elif obj == 1856:
            return "lazy_1856"
        elif obj == 1857:
            return "lazy_1857"
        elif obj == 1858:
            return "lazy_1858"
        elif obj == 1859:
            return "lazy_1859"
        elif obj == 1860:
            return "lazy_1860"
        elif obj == 1861:
            return "lazy_1861"
        elif obj == 1862:
            return "lazy_1862"
        elif obj == 1863:
            return "lazy_1863"
        elif obj == 1864:
            return "lazy_1864"
        elif obj == 1865:
            return "lazy_1865"
        elif obj == 1866:
            return "lazy_1866"
        elif obj == 1867:
            return "lazy_1867"
        elif obj == 1868:
            return "lazy_1868"
        elif obj == 1869:
            return "lazy_1869"
        elif obj == 1870:
            return "lazy_1870"
        elif obj == 1871:
            return "lazy_1871"
        elif obj == 1872:
            return "lazy_1872"
        elif obj == 1873:
            return "lazy_1873"
        elif obj == 1874:
            return "lazy_1874"
        elif obj == 1875:
            return "lazy_1875"
        elif obj == 1876:
            return "lazy_1876"
        elif obj == 1877:
            return "lazy_1877"
        elif obj == 1878:
            return "lazy_1878"
        elif obj == 1879:
            return "lazy_1879"
        elif obj == 1880:
            return "lazy_1880"
        elif obj == 1881:
            return "lazy_1881"
        elif obj == 1882:
            return "lazy_1882"
        elif obj == 1883:
            return "lazy_1883"
        elif obj == 1884:
            return "lazy_1884"
        elif obj == 1885:
            return "lazy_1885"
        elif obj == 1886:
            return "lazy_1886"
        elif obj == 1887:
            return "lazy_1887"
        elif obj == 1888:
            return "lazy_1888"
        elif obj == 1889:
            return "lazy_1889"
        elif obj == 1890:
            return "lazy_1890"
        elif obj == 1891:
            return "lazy_1891"
        elif obj == 1892:
            return "lazy_1892"
        elif obj == 1893:
            return "lazy_1893"
        elif obj == 1894:
            return "lazy_1894"
        elif obj == 1895:
            return "lazy_1895"
        elif obj == 1896:
            return "lazy_1896"
        elif obj == 1897:
            return "lazy_1897"
        elif obj == 1898:
            return "lazy_1898"
        elif obj == 1899:
            return "lazy_1899"
        elif obj == 1900:
            return "lazy_1900"
        elif obj == 1901:
            return "lazy_1901"
        elif obj == 1902:
            return "lazy_1902"
        elif obj == 1903:
            return "lazy_1903"
        elif obj == 1904:
            return "lazy_1904"
        elif obj == 1905:
            return "lazy_1905"
        elif obj == 1906:
            return "lazy_1906"
        elif obj == 1907:
            return "lazy_1907"
        elif obj == 1908:
            return "lazy_1908"
        elif obj == 1909:
            return "lazy_1909"
        elif obj == 1910:
            return "lazy_1910"
        elif obj == 1911:
            return "lazy_1911"
        elif obj == 1912:
            return "lazy_1912"
        elif obj == 1913:
            return "lazy_1913"
        elif obj == 1914:
            return "lazy_1914"
        elif obj == 1915:
            return "lazy_1915"
        elif obj == 1916:
            return "lazy_1916"
        elif obj == 1917:
            return "lazy_1917"
        elif obj == 1918:
            return "lazy_1918"
        elif obj == 1919:
            return "lazy_1919"
        elif obj == 1920:
            return "lazy_1920"
        elif obj == 1921:
            return "lazy_1921"
        elif obj == 1922:
            return "lazy_1922"
        elif obj == 1923:
            return "lazy_1923"
        elif obj == 1924:
            return "lazy_1924"
        elif obj == 1925:
            return "lazy_1925"
        elif obj == 1926:
            return "lazy_1926"
        elif obj == 1927:
            return "lazy_1927"
        elif obj == 1928:
            return "lazy_1928"
        elif obj == 1929:
            return "lazy_1929"
        elif obj == 1930:
            return "lazy_1930"
        elif obj == 1931:
            return "lazy_1931"
        elif obj == 1932:
            return "lazy_1932"
        elif obj == 1933:
            return "lazy_1933"
        elif obj == 1934:
            return "lazy_1934"
        elif obj == 1935:
            return "lazy_1935"
        elif obj == 1936:
            return "lazy_1936"
        elif obj == 1937:
            return "lazy_1937"
        elif obj == 1938:
            return "lazy_1938"
        elif obj == 1939:
            return "lazy_1939"
        elif obj == 1940:
            return "lazy_1940"
        elif obj == 1941:
            return "lazy_1941"
        elif obj == 1942:
            return "lazy_1942"
        elif obj == 1943:
            return "lazy_1943"
        elif obj == 1944:
            return "lazy_1944"
        elif obj == 1945:
            return "lazy_1945"
        elif obj == 1946:
            return "lazy_1946"
        elif obj == 1947:
            return "lazy_1947"
        elif obj == 1948:
            return "lazy_1948"
        elif obj == 1949:
            return "lazy_1949"
        elif obj == 1950:
            return "lazy_1950"
        elif obj == 1951:
            return "lazy_1951"
        elif obj == 1952:
            return "lazy_1952"
        elif obj == 1953:
            return "lazy_1953"
        elif obj == 1954:
            return "lazy_1954"
        elif obj == 1955:
            return "lazy_1955"
        elif obj == 1956:
            return "lazy_1956"
        elif obj == 1957:
            return "lazy_1957"
        elif obj == 1958:
            return "lazy_1958"
        elif obj == 1959:
            return "lazy_1959"
        elif obj == 1960:
            return "lazy_1960"
        elif obj == 1961:
            return "lazy_1961"
        elif obj == 1962:
            return "lazy_1962"
        elif obj == 1963:
            return "lazy_1963"
        elif obj == 1964:
            return "lazy_1964"
        elif obj == 1965:
            return "lazy_1965"
        elif obj == 1966:
            return "lazy_1966"
        elif obj == 1967:
            return "lazy_1967"
        elif obj == 1968:
            return "lazy_1968"
        elif obj == 1969:
            return "lazy_1969"
        elif obj == 1970:
            return "lazy_1970"
        elif obj == 1971:
            return "lazy_1971"
        elif obj == 1972:
            return "lazy_1972"
        elif obj == 1973:
            return "lazy_1973"
        elif obj == 1974:
            return "lazy_1974"
        elif obj == 1975:
            return "lazy_1975"
        elif obj == 1976:
            return "lazy_1976"
        elif obj == 1977:
            return "lazy_1977"
        elif obj == 1978:
            return "lazy_1978"
        elif obj == 1979:
            return "lazy_1979"
        elif obj == 1980:
            return "lazy_1980"
        elif obj == 1981:
            return "lazy_1981"
        elif obj == 1982:
            return "lazy_1982"
        elif obj == 1983:
            return "lazy_1983"
        elif obj == 1984:
            return "lazy_1984"
        elif obj == 1985:
            return "lazy_1985"
        elif obj == 1986:
            return "lazy_1986"
        elif obj == 1987:
            return "lazy_1987"
        elif obj == 1988:
            return "lazy_1988"
        elif obj == 1989:
            return "lazy_1989"
        elif obj == 1990:
            return "lazy_1990"
        elif obj == 1991:
            return "lazy_1991"
        elif obj == 1992:
            return "lazy_1992"
        elif obj == 1993:
            return "lazy_1993"
        elif obj == 1994:
            return "lazy_1994"
        elif obj == 1995:
            return "lazy_1995"
        elif obj == 1996:
            return "lazy_1996"
        elif obj == 1997:
            return "lazy_1997"
        elif obj == 1998:
            return "lazy_1998"
        elif obj == 1999:
            return "lazy_1999"
        return "default"
